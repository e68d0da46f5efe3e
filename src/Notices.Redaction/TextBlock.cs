namespace Notices.Redaction;

/// <summary>A paragraph (or line, or property value) of a contract file's text, with its place.</summary>
public sealed record TextBlock(DocumentLocation Location, string Text);
