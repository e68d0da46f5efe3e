using System.Xml.Linq;

namespace Notices.Redaction.Docx;

/// <summary>The XML names the DOCX redaction reads and writes.</summary>
internal static class WordNames
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static readonly XNamespace V = "urn:schemas-microsoft-com:vml";

    public static readonly XName Paragraph = W + "p";
    public static readonly XName DrawingParagraph = A + "p";
    public static readonly XName Run = W + "r";
    public static readonly XName RunText = W + "t";
    public static readonly XName DeletedText = W + "delText";
    public static readonly XName FieldCode = W + "instrText";
    public static readonly XName DeletedFieldCode = W + "delInstrText";
    public static readonly XName DrawingText = A + "t";
    public static readonly XName Tab = W + "tab";
    public static readonly XName Break = W + "br";
    public static readonly XName CarriageReturn = W + "cr";
    public static readonly XName NoBreakHyphen = W + "noBreakHyphen";
    public static readonly XName EmbeddedObject = W + "object";
    public static readonly XName Picture = W + "pict";
    public static readonly XName Drawing = W + "drawing";
    public static readonly XName Id = R + "id";
    public static readonly XName ImageDataId = R + "id";
    public static readonly XName Space = XNamespace.Xml + "space";
}
