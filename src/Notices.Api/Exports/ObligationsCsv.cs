using Notices.Workflow.Projections;

namespace Notices.Api.Exports;

/// <summary>Open and overdue obligations as CSV, one obligation a record, in the order given (soonest first).</summary>
internal static class ObligationsCsv
{
    public const string FileName = "obligations.csv";

    private static readonly string[] Header = ["Due by", "Status", "Obligation", "Kind", "Procurement ID", "Procurement"];

    public static byte[] Write(IEnumerable<ObligationView> obligations) => CsvFile.Write(Header, obligations.Select(o => new[]
    {
        CsvValues.Day(o.DueOn), o.Status.ToString(), o.Description, o.Kind.ToString(), o.ProcurementId, o.ProcurementTitle,
    }));
}
