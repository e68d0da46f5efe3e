using Microsoft.DurableTask;
using Notices.Workflow.ContractCopies;

namespace Notices.Workflow.Orchestration.Activities;

/// <summary>What redacting produced: the copy for review, or why the file cannot be redacted safely.</summary>
public sealed record RedactionResult(RedactedCopy? Copy, string? Refusal);

/// <summary>Produces the redacted copy of a submitted contract copy, kept privately for the approver.</summary>
public sealed class RedactCopy(IContractCopyFiles files) : TaskActivity<RedactionJob, RedactionResult>
{
    public override async Task<RedactionResult> RunAsync(TaskActivityContext context, RedactionJob input)
    {
        var outcome = await files.RedactAsync(input, CancellationToken.None).ConfigureAwait(false);
        return outcome switch
        {
            RedactionSucceeded done => new RedactionResult(done.Copy, null),
            RedactionRefused no => new RedactionResult(null, no.Reason),
            _ => throw new InvalidOperationException($"Unknown redaction outcome {outcome.GetType().Name}."),
        };
    }
}
