using Notices.Workflow.Projections;

namespace Notices.Api.Exports;

/// <summary>A buyer's contracts register as CSV, one contract a record.</summary>
internal static class ContractsRegisterCsv
{
    public const string FileName = "contracts-register.csv";

    private static readonly string[] Header =
    [
        "Procurement ID", "OCID", "Contract", "Suppliers", "Supplier identifiers", "Value (GBP, including VAT)",
        "Entered into", "Starts", "Ends", "Ended", "Changes",
    ];

    // Suppliers share a field, separated by semicolons, because supplier names hold commas
    // ("Ysbyty Gwynedd, Bangor") and a fixed count of supplier columns would not fit every contract.
    public static byte[] Write(IEnumerable<ContractRecord> contracts) => CsvFile.Write(Header, contracts.Select(c => new[]
    {
        c.ProcurementId, c.Ocid, c.Title,
        string.Join("; ", c.Suppliers.Select(s => s.Name)), string.Join("; ", c.Suppliers.Select(s => s.Identifier)),
        CsvValues.Pounds(c.Value), CsvValues.Day(c.EnteredOn), CsvValues.Day(c.StartsOn), CsvValues.Day(c.EndsOn),
        CsvValues.Day(c.EndedOn), CsvValues.Number(c.Changes),
    }));
}
