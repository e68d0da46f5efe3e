using Notices.Api.Exports;
using Notices.Api.Published;
using Notices.Api.Security;
using Notices.Storage;
using Notices.Storage.Workflow;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Projections;

namespace Notices.Api;

/// <summary>
/// The registers as CSV downloads (RFC 4180, UTF-8): the contracts register, the obligations and the
/// published notices, each whole rather than a page at a time, for a spreadsheet or another system.
/// Readable by whoever may read the lists they come from.
/// </summary>
internal static class ExportEndpoints
{
    /// <summary>Three years, so a download can cover what the obligations page lists (a year back, two ahead).</summary>
    public const int ObligationsMaxDays = 3 * 366;

    // Obligations are read month by month from their projection; a bound keeps one download from
    // reading without end, and is far more than an authority has open in three years.
    private const int MaxObligations = 10_000;

    public static void MapExportEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/contracts.csv", ContractsAsync).WithName(ApiFunctionNames.ExportContracts).RequireAuthorization(Policies.Reader).WithTags("Contracts")
            .WithSummary("The authority's whole contracts register as CSV (buyerId may be left out; another buyer's is refused, 422).")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/obligations.csv", ObligationsAsync).WithName(ApiFunctionNames.ExportObligations).RequireAuthorization(Policies.Reader).WithTags("Obligations")
            .WithSummary("Open and overdue obligations due in a date range (from today for 90 days unless given; three years at most), soonest first, as CSV: the authority's own (another buyerId is refused, 422).")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem();
        api.MapGet("/published-notices.csv", PublishedAsync).WithName(ApiFunctionNames.ExportPublishedNotices).RequireAuthorization(Policies.Reader).WithTags("Notices")
            .WithSummary("Every published notice in the register as CSV.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
    }

    private static async Task<IResult> ContractsAsync(string? buyerId, ProcurementWorkflow workflow, ServedAuthority authority, CancellationToken cancellationToken)
    {
        var (buyer, problem) = authority.ForList(buyerId);
        if (problem is not null)
        {
            return problem;
        }

        var contracts = new List<ContractRecord>();
        string? continuation = null;
        do
        {
            var page = await workflow.Queries.ContractsAsync(buyer, max: 1000, continuation: continuation, cancellationToken: cancellationToken).ConfigureAwait(false);
            contracts.AddRange(page.Items);
            continuation = page.Continuation;
        }
        while (continuation is not null);

        return CsvFile.Download(ContractsRegisterCsv.Write(contracts), ContractsRegisterCsv.FileName);
    }

    private static async Task<IResult> ObligationsAsync(
        DateOnly? from, DateOnly? to, string? buyerId, ProcurementWorkflow workflow, TimeProvider clock, ServedAuthority authority, CancellationToken cancellationToken)
    {
        var (buyer, refused) = authority.ForList(buyerId);
        if (refused is not null)
        {
            return refused;
        }

        var (start, end, problem) = ObligationRange.Resolve(from, to, clock, ObligationsMaxDays, "Ask for three years or less at a time");
        if (problem is not null)
        {
            return problem;
        }

        var obligations = await workflow.Queries.ObligationsDueAsync(start, end, max: MaxObligations, cancellationToken: cancellationToken).ConfigureAwait(false);
        var kept = obligations.Where(o => o.BuyerId == buyer);
        return CsvFile.Download(ObligationsCsv.Write(kept), ObligationsCsv.FileName);
    }

    private static async Task<IResult> PublishedAsync(ProcurementWorkflow workflow, StorageServices storage, WorkflowStorageNames names, CancellationToken cancellationToken)
    {
        var notices = await new PublishedRegister(workflow, storage, names).AllAsync(cancellationToken).ConfigureAwait(false);
        return CsvFile.Download(PublishedNoticesCsv.Write(notices), PublishedNoticesCsv.FileName);
    }
}
