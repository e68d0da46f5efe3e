namespace Notices.Workflow.Procurements;

/// <summary>A lot of a procurement; its value is the estimate in pounds, including VAT.</summary>
public sealed record Lot(int Number, string Title, decimal EstimatedValue);
