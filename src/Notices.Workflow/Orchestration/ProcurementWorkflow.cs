using Notices.Workflow.Projections;
using Notices.Workflow.Publishing;

namespace Notices.Workflow.Orchestration;

/// <summary>The workflow as its hosts use it: <see cref="Commands"/> for every write, <see cref="Queries"/> for the screens.</summary>
public sealed class ProcurementWorkflow(ProcurementCommands commands, WorkflowQueries queries, INoticeBlobStore notices)
{
    public ProcurementCommands Commands => commands;

    public WorkflowQueries Queries => queries;

    /// <summary>The published releases.</summary>
    public INoticeBlobStore Notices => notices;
}
