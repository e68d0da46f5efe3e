namespace Notices.Workflow.Procurements;

/// <summary>
/// Why a request was refused: a sentence a commissioner understands and, where it concerns one field,
/// that field's path (as in the notice JSON, or the command's property name).
/// </summary>
public sealed record Problem(string Message, string? Field = null);
