using System.Numerics;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;

namespace Notices.Redaction.Pdf;

/// <summary>
/// Interprets a page's content stream as far as text is concerned: the graphics and text state,
/// every glyph shown with its operator and its place on the page, and the page's text with line
/// breaks and word spaces put back where the layout shows them. Also notes what makes a page
/// unsafe to redact: undecodable fonts, text inside form XObjects, and images that cover most of
/// the page (a scan, whose words are pixels even when an OCR text layer sits over them).
/// </summary>
internal sealed class PdfPageText
{
    private readonly List<PdfGlyph> _glyphs = [];
    private readonly List<int> _glyphAt = [];
    private readonly StringBuilder _text = new();
    private readonly List<int> _lineStarts = [0];
    private readonly Dictionary<string, PdfFontDecoder> _fonts = [];
    private readonly PdfDictionary? _fontResources;
    private readonly PdfDictionary? _xObjects;

    private PdfPageText(PdfPage page, int number)
    {
        Number = number;
        var resources = page.Elements.GetDictionary("/Resources");
        _fontResources = resources is null ? null : PdfItems.Get(resources, "/Font") as PdfDictionary;
        _xObjects = resources is null ? null : PdfItems.Get(resources, "/XObject") as PdfDictionary;
        Operators = ContentReader.ReadContent(page).OfType<COperator>().ToList();
        PageArea = Math.Abs(page.MediaBox.Width * page.MediaBox.Height);
    }

    public int Number { get; }

    public List<COperator> Operators { get; }

    public IReadOnlyList<PdfGlyph> Glyphs => _glyphs;

    public string Text => _text.ToString();

    /// <summary>Why the page cannot be redacted safely, or null.</summary>
    public string? Problem { get; private set; }

    public bool HasImages { get; private set; }

    private double PageArea { get; }

    private double LargestImageArea { get; set; }

    /// <summary>True when an image covers more than half the page: a scan, whatever text is over it.</summary>
    public bool LooksScanned => LargestImageArea > PageArea / 2;

    /// <summary>The glyph behind a character of <see cref="Text"/>, or -1 for a space or line break put back from the layout.</summary>
    public int GlyphAt(int textIndex) => _glyphAt[textIndex];

    /// <summary>The 1-based line of the page a character of <see cref="Text"/> is on.</summary>
    public int LineAt(int textIndex)
    {
        var line = _lineStarts.BinarySearch(textIndex);
        return line >= 0 ? line + 1 : ~line;
    }

    public static PdfPageText Read(PdfPage page, int number)
    {
        var text = new PdfPageText(page, number);
        text.Interpret();
        return text;
    }

    private sealed class State
    {
        public Matrix3x2 Ctm = Matrix3x2.Identity;
        public PdfFontDecoder? Font;
        public double FontSize;
        public double CharSpacing;
        public double WordSpacing;
        public double HorizontalScale = 1;
        public double Leading;
        public double Rise;

        public State Copy() => (State)MemberwiseClone();
    }

    private void Interpret()
    {
        var state = new State();
        var saved = new Stack<State>();
        var tm = Matrix3x2.Identity;
        var tlm = Matrix3x2.Identity;
        for (var i = 0; i < Operators.Count && Problem is null; i++)
        {
            var op = Operators[i];
            var args = op.Operands;
            switch (op.Name)
            {
                case "q": saved.Push(state.Copy()); break;
                case "Q": if (saved.Count > 0) state = saved.Pop(); break;
                case "cm": state.Ctm = Matrix(args) * state.Ctm; break;
                case "BT": tm = tlm = Matrix3x2.Identity; break;
                case "Tf": SetFont(state, args); break;
                case "Tc": state.CharSpacing = Operand(args, 0); break;
                case "Tw": state.WordSpacing = Operand(args, 0); break;
                case "Tz": state.HorizontalScale = Operand(args, 0) / 100; break;
                case "TL": state.Leading = Operand(args, 0); break;
                case "Ts": state.Rise = Operand(args, 0); break;
                case "Td": tm = tlm = Matrix3x2.CreateTranslation((float)Operand(args, 0), (float)Operand(args, 1)) * tlm; break;
                case "TD":
                    state.Leading = -Operand(args, 1);
                    tm = tlm = Matrix3x2.CreateTranslation((float)Operand(args, 0), (float)Operand(args, 1)) * tlm;
                    break;
                case "Tm": tm = tlm = Matrix(args); break;
                case "T*": tm = tlm = Matrix3x2.CreateTranslation(0, (float)-state.Leading) * tlm; break;
                case "Tj": Show(i, 0, args[0], state, ref tm); break;
                case "'":
                    tm = tlm = Matrix3x2.CreateTranslation(0, (float)-state.Leading) * tlm;
                    Show(i, 0, args[0], state, ref tm);
                    break;
                case "\"":
                    state.WordSpacing = Operand(args, 0);
                    state.CharSpacing = Operand(args, 1);
                    tm = tlm = Matrix3x2.CreateTranslation(0, (float)-state.Leading) * tlm;
                    Show(i, 2, args[2], state, ref tm);
                    break;
                case "TJ": ShowArray(i, args[0], state, ref tm); break;
                case "Do": Draw(args, state); break;
                case "BI" or "ID" or "EI": NoteImage(state); break;
            }
        }
    }

    private void SetFont(State state, CSequence args)
    {
        var name = args[0] is CName n ? n.Name : "";
        state.FontSize = Operand(args, 1);
        if (_fonts.TryGetValue(name, out var cached))
        {
            state.Font = cached;
            return;
        }
        if (_fontResources is null || PdfItems.Get(_fontResources, name) is not PdfDictionary font)
        {
            Problem = $"page {Number} uses the font {name}, which it does not define";
            return;
        }
        var (decoder, problem) = PdfFontDecoder.For(font);
        if (decoder is null)
        {
            Problem = $"on page {Number}, {problem}";
            return;
        }
        _fonts[name] = decoder;
        state.Font = decoder;
    }

    private void ShowArray(int op, CObject operand, State state, ref Matrix3x2 tm)
    {
        if (operand is not CArray array) return;
        for (var e = 0; e < array.Count; e++)
        {
            if (array[e] is CString s) Show(op, e, s, state, ref tm);
            else if (array[e] is CNumber)
            {
                var shift = -NumberValue(array[e]) / 1000 * state.FontSize * state.HorizontalScale;
                tm = Matrix3x2.CreateTranslation((float)shift, 0) * tm;
            }
        }
    }

    private void Show(int op, int element, CObject operand, State state, ref Matrix3x2 tm)
    {
        if (operand is not CString s || s.Value.Length == 0) return;
        if (state.Font is not { } font)
        {
            Problem ??= $"page {Number} shows text before choosing a font";
            return;
        }
        if (s.CStringType is not (CStringType.String or CStringType.HexString))
        {
            Problem ??= $"page {Number} has text in a form this service cannot decode reliably";
            return;
        }
        for (var b = 0; b < s.Value.Length; b++)
        {
            var code = (byte)s.Value[b];
            var character = font.Character(code);
            if (character is null)
            {
                Problem ??= $"on page {Number}, the font {font.Name} shows a character that cannot be decoded reliably";
                return;
            }
            var advance = font.Width(code) / 1000 * state.FontSize + state.CharSpacing + (code == 32 ? state.WordSpacing : 0);
            var scaled = (float)(advance * state.HorizontalScale);
            var toPage = tm * state.Ctm;
            var rise = (float)state.Rise;
            var low = (float)(-0.25 * state.FontSize) + rise;
            var high = (float)(0.95 * state.FontSize) + rise;
            Span<Vector2> corners = [new(0, low), new(scaled, low), new(0, high), new(scaled, high)];
            var min = new Vector2(float.MaxValue);
            var max = new Vector2(float.MinValue);
            foreach (var corner in corners)
            {
                var p = Vector2.Transform(corner, toPage);
                min = Vector2.Min(min, p);
                max = Vector2.Max(max, p);
            }
            var start = Vector2.Transform(new Vector2(0, rise), toPage);
            var end = Vector2.Transform(new Vector2(scaled, rise), toPage);
            var userSize = Math.Max(0.01, state.FontSize * Math.Sqrt(Math.Abs(toPage.GetDeterminant())));
            AddGlyph(new PdfGlyph(op, element, b, character.Value, advance, userSize, start, end, min, max, state.FontSize));
            tm = Matrix3x2.CreateTranslation(scaled, 0) * tm;
        }
    }

    // Spaces and line breaks are often not in the content at all but in the layout: a new line is
    // a new baseline, a word space a gap between glyphs. They are put back so phrases can be found.
    private void AddGlyph(PdfGlyph glyph)
    {
        if (_glyphs.Count > 0)
        {
            var previous = _glyphs[^1];
            var gap = glyph.Start - previous.End;
            var size = (float)Math.Max(previous.FontSize, glyph.FontSize);
            if (Math.Abs(gap.Y) > size * 0.5f || gap.X < -size) AddSeparator('\n');
            else if (gap.X > size * 0.2f && previous.Character != ' ' && glyph.Character != ' ') AddSeparator(' ');
        }
        _glyphAt.Add(_glyphs.Count);
        _text.Append(glyph.Character);
        _glyphs.Add(glyph);
    }

    private void AddSeparator(char separator)
    {
        _glyphAt.Add(-1);
        _text.Append(separator);
        if (separator == '\n') _lineStarts.Add(_text.Length);
    }

    private void Draw(CSequence args, State state)
    {
        var name = args.Count > 0 && args[0] is CName n ? n.Name : "";
        if (_xObjects is null || PdfItems.Get(_xObjects, name) is not PdfDictionary xObject) return;
        var subtype = xObject.Elements.GetName("/Subtype");
        if (subtype == "/Image") NoteImage(state);
        else if (subtype == "/Form" && xObject.Stream is { } stream)
        {
            var content = ContentReader.ReadContent(stream.UnfilteredValue);
            if (content.OfType<COperator>().Any(o => o.Name is "Tj" or "TJ" or "'" or "\""))
                Problem ??= $"page {Number} has text inside a reusable drawing (a form XObject), which this service cannot rewrite safely";
        }
    }

    private void NoteImage(State state)
    {
        HasImages = true;
        LargestImageArea = Math.Max(LargestImageArea, Math.Abs(state.Ctm.GetDeterminant()));
    }

    private static Matrix3x2 Matrix(CSequence args) =>
        new((float)Operand(args, 0), (float)Operand(args, 1), (float)Operand(args, 2), (float)Operand(args, 3), (float)Operand(args, 4), (float)Operand(args, 5));

    private static double Operand(CSequence args, int index) => index < args.Count ? NumberValue(args[index]) : 0;

    private static double NumberValue(CObject value) => value switch
    {
        CInteger i => i.Value,
        CReal r => r.Value,
        _ => 0,
    };
}
