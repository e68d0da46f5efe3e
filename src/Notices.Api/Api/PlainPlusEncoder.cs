using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Notices.Api;

/// <summary>
/// The encoder of every JSON answer: as <see cref="JavaScriptEncoder.Default"/> for all of Unicode (so &lt; &gt; &amp; ' "
/// stay escaped and text a user typed stays inert if pasted into a page) except that '+' is written as itself. The
/// default encoder escapes '+' only against UTF-7 sniffing, which no client of an application/json answer does; the
/// escape made every time offset read "\u002B01:00", which people and simple parsers misread.
/// </summary>
internal sealed class PlainPlusEncoder : JavaScriptEncoder
{
    public static PlainPlusEncoder Instance { get; } = new();

    private readonly JavaScriptEncoder _inner = Create(UnicodeRanges.All);

    private PlainPlusEncoder()
    {
    }

    public override int MaxOutputCharactersPerInputCharacter => _inner.MaxOutputCharactersPerInputCharacter;

    public override bool WillEncode(int unicodeScalar) => unicodeScalar != '+' && _inner.WillEncode(unicodeScalar);

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var from = 0;
        while (from < textLength)
        {
            var found = _inner.FindFirstCharacterToEncode(text + from, textLength - from);
            if (found < 0)
            {
                return -1;
            }

            if (text[from + found] != '+')
            {
                return from + found;
            }

            from += found + 1;
        }

        return -1;
    }

    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        var from = 0;
        while (from < utf8Text.Length)
        {
            var found = _inner.FindFirstCharacterToEncodeUtf8(utf8Text[from..]);
            if (found < 0)
            {
                return -1;
            }

            if (utf8Text[from + found] != (byte)'+')
            {
                return from + found;
            }

            from += found + 1;
        }

        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        if (unicodeScalar != '+')
        {
            return _inner.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
        }

        if (bufferLength < 1)
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        *buffer = '+';
        numberOfCharactersWritten = 1;
        return true;
    }
}
