using System.Numerics;

namespace Notices.Redaction.Pdf;

/// <summary>
/// One glyph shown on a page: which operator showed it (and which string of a TJ array, and which
/// byte), its character, how far it advanced the text position (including character and word
/// spacing, before horizontal scaling), the font size in text space and on the page, and where it sits on the page.
/// </summary>
internal readonly record struct PdfGlyph(
    int Operator, int Element, int Byte, char Character, double Advance, double FontSize,
    Vector2 Start, Vector2 End, Vector2 Min, Vector2 Max, double TextFontSize);
