using System.Text;

namespace Notices.Infra.Tests.Bicep;

/// <summary>
/// A small reader for the subset of Bicep this repository writes: decorators, the declarations
/// (targetScope, param, var, resource, module, output), and object and array values with one
/// property or item per line or separated by commas. Anything else in a value (function calls,
/// interpolated strings, ternaries) is kept as text. It is not a compiler: it reads structure so
/// tests can check what a reviewer checks, and throws a FormatException naming the line when the
/// file is not in that shape.
/// </summary>
public sealed class BicepReader
{
    private readonly string _text;
    private readonly string _name;
    private int _pos;
    private int _line = 1;

    public BicepReader(string text, string name)
    {
        _text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        _name = name;
    }

    public BicepDocument ReadDocument()
    {
        string? targetScope = null;
        var parameters = new List<BicepParameter>();
        var variables = new List<BicepVariable>();
        var resources = new List<BicepResource>();
        var modules = new List<BicepModule>();
        var outputs = new List<BicepOutput>();
        var decorators = new List<BicepDecorator>();

        while (true)
        {
            SkipTrivia(includingNewLines: true);
            if (AtEnd) break;

            if (Peek == '@')
            {
                decorators.Add(ReadDecorator());
                continue;
            }

            var line = _line;
            var keyword = ReadIdentifier();
            switch (keyword)
            {
                case "targetScope":
                    Expect('=');
                    targetScope = (ReadValue() as BicepExpression)?.StringLiteral;
                    break;
                case "param":
                {
                    var name = ReadIdentifier();
                    var type = ReadUntilAssignmentOrLineEnd().Trim();
                    BicepValue? defaultValue = null;
                    if (TryConsume('=')) defaultValue = ReadValue();
                    parameters.Add(new BicepParameter(name, type, defaultValue, decorators.ToList(), line));
                    break;
                }
                case "var":
                {
                    var name = ReadIdentifier();
                    Expect('=');
                    variables.Add(new BicepVariable(name, ReadValue(), line));
                    break;
                }
                case "output":
                {
                    var name = ReadIdentifier();
                    var type = ReadIdentifier();
                    Expect('=');
                    outputs.Add(new BicepOutput(name, type, ReadValue(), line));
                    break;
                }
                case "resource":
                {
                    var symbol = ReadIdentifier();
                    SkipTrivia(includingNewLines: false);
                    var typeAndVersion = ReadStringLiteral();
                    var at = typeAndVersion.LastIndexOf('@');
                    if (at < 0) throw Error($"resource '{symbol}' has no API version in '{typeAndVersion}'");
                    SkipTrivia(includingNewLines: false);
                    var existing = false;
                    if (!AtEnd && char.IsLetter(Peek))
                    {
                        var word = ReadIdentifier();
                        if (word != "existing") throw Error($"unexpected '{word}' after resource type");
                        existing = true;
                    }
                    Expect('=');
                    resources.Add(new BicepResource(symbol, typeAndVersion[..at], typeAndVersion[(at + 1)..], existing, ReadValue(), line));
                    break;
                }
                case "module":
                {
                    var symbol = ReadIdentifier();
                    SkipTrivia(includingNewLines: false);
                    var path = ReadStringLiteral();
                    Expect('=');
                    modules.Add(new BicepModule(symbol, path, ReadValue(), line));
                    break;
                }
                case "metadata":
                    ReadIdentifier();
                    Expect('=');
                    ReadValue();
                    break;
                default:
                    throw Error($"unexpected '{keyword}' at the top level");
            }
            decorators.Clear();
        }

        return new BicepDocument
        {
            Name = _name,
            Text = _text,
            TargetScope = targetScope,
            Parameters = parameters,
            Variables = variables,
            Resources = resources,
            Modules = modules,
            Outputs = outputs,
        };
    }

    private bool AtEnd => _pos >= _text.Length;
    private char Peek => _text[_pos];
    private char PeekAt(int offset) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

    private char Advance()
    {
        var c = _text[_pos++];
        if (c == '\n') _line++;
        return c;
    }

    private FormatException Error(string message) => new($"{_name}, line {_line}: {message}");

    /// <summary>Skips spaces and comments, and new lines too when asked.</summary>
    private void SkipTrivia(bool includingNewLines)
    {
        while (!AtEnd)
        {
            var c = Peek;
            if (c is ' ' or '\t' or '\r' || (c == '\n' && includingNewLines))
            {
                Advance();
            }
            else if (c == '/' && PeekAt(1) == '/')
            {
                while (!AtEnd && Peek != '\n') Advance();
            }
            else if (c == '/' && PeekAt(1) == '*')
            {
                Advance();
                Advance();
                while (!AtEnd && !(Peek == '*' && PeekAt(1) == '/')) Advance();
                if (AtEnd) throw Error("unterminated block comment");
                Advance();
                Advance();
            }
            else
            {
                break;
            }
        }
    }

    private void Expect(char expected)
    {
        if (!TryConsume(expected)) throw Error($"expected '{expected}'");
    }

    private bool TryConsume(char expected)
    {
        SkipTrivia(includingNewLines: false);
        if (AtEnd || Peek != expected) return false;
        Advance();
        return true;
    }

    private string ReadIdentifier()
    {
        SkipTrivia(includingNewLines: false);
        var start = _pos;
        while (!AtEnd && (char.IsLetterOrDigit(Peek) || Peek is '_' or '.')) Advance();
        if (_pos == start) throw Error($"expected a name but found '{(AtEnd ? "end of file" : Peek.ToString())}'");
        return _text[start.._pos];
    }

    private string ReadStringLiteral()
    {
        if (AtEnd || Peek != '\'') throw Error("expected a string");
        var raw = ReadStringRaw();
        return new BicepExpression(raw, _line).StringLiteral ?? raw[1..^1];
    }

    /// <summary>Reads a string literal, quotes included, honouring escapes, interpolation and ''' strings.</summary>
    private string ReadStringRaw()
    {
        var start = _pos;
        if (PeekAt(1) == '\'' && PeekAt(2) == '\'')
        {
            Advance();
            Advance();
            Advance();
            while (!AtEnd && !(Peek == '\'' && PeekAt(1) == '\'' && PeekAt(2) == '\'')) Advance();
            if (AtEnd) throw Error("unterminated multi-line string");
            Advance();
            Advance();
            Advance();
            return _text[start.._pos];
        }

        Advance();
        while (true)
        {
            if (AtEnd || Peek == '\n') throw Error("unterminated string");
            var c = Advance();
            if (c == '\\')
            {
                if (!AtEnd) Advance();
            }
            else if (c == '$' && !AtEnd && Peek == '{')
            {
                Advance();
                ReadBalancedBody('{', '}');
            }
            else if (c == '\'')
            {
                return _text[start.._pos];
            }
        }
    }

    /// <summary>Reads up to and including the bracket closing one already consumed, skipping strings.</summary>
    private string ReadBalancedBody(char open, char close)
    {
        var start = _pos;
        var depth = 1;
        while (true)
        {
            if (AtEnd) throw Error($"no '{close}' closes the '{open}'");
            if (Peek == '\'')
            {
                ReadStringRaw();
                continue;
            }
            var c = Advance();
            if (c == open) depth++;
            else if (c == close && --depth == 0) return _text[start..(_pos - 1)];
        }
    }

    private BicepDecorator ReadDecorator()
    {
        var line = _line;
        Advance();
        var name = ReadIdentifier();
        var arguments = "";
        if (!AtEnd && Peek == '(')
        {
            Advance();
            arguments = ReadBalancedBody('(', ')');
        }
        return new BicepDecorator(name, arguments, line);
    }

    private string ReadUntilAssignmentOrLineEnd()
    {
        var start = _pos;
        while (!AtEnd && Peek != '=' && Peek != '\n' && !(Peek == '/' && PeekAt(1) == '/'))
        {
            if (Peek == '\'') ReadStringRaw();
            else Advance();
        }
        return _text[start.._pos];
    }

    private BicepValue ReadValue()
    {
        SkipTrivia(includingNewLines: false);
        if (AtEnd) throw Error("expected a value");
        var line = _line;

        if (Peek == '{')
        {
            Advance();
            return ReadObjectBody(line);
        }

        if (Peek == '[')
        {
            Advance();
            return ReadArrayBody(line);
        }

        if (StartsWithWord("if") && NextNonSpaceAfter(2) == '(')
        {
            _pos += 2;
            SkipTrivia(includingNewLines: false);
            Advance();
            var condition = ReadBalancedBody('(', ')');
            return new BicepCondition(condition.Trim(), ReadValue(), line);
        }

        return ReadExpression(line);
    }

    private bool StartsWithWord(string word) =>
        string.CompareOrdinal(_text, _pos, word, 0, word.Length) == 0
        && (_pos + word.Length >= _text.Length || !char.IsLetterOrDigit(_text[_pos + word.Length]));

    private char NextNonSpaceAfter(int offset)
    {
        var i = _pos + offset;
        while (i < _text.Length && _text[i] is ' ' or '\t') i++;
        return i < _text.Length ? _text[i] : '\0';
    }

    private BicepObject ReadObjectBody(int line)
    {
        var properties = new List<BicepProperty>();
        while (true)
        {
            SkipSeparators();
            if (AtEnd) throw Error("no '}' closes the object");
            if (Peek == '}')
            {
                Advance();
                return new BicepObject(properties, line);
            }

            var propertyLine = _line;
            var key = Peek == '\'' ? ReadStringLiteral() : ReadIdentifier();
            Expect(':');
            properties.Add(new BicepProperty(key, ReadValue(), propertyLine));
            RequireSeparatorOr('}');
        }
    }

    private BicepValue ReadArrayBody(int line)
    {
        SkipTrivia(includingNewLines: true);
        if (StartsWithWord("for"))
        {
            var headerStart = _pos;
            var depth = 0;
            while (true)
            {
                if (AtEnd) throw Error("no ':' ends the for-expression header");
                if (Peek == '\'')
                {
                    ReadStringRaw();
                    continue;
                }
                var c = Peek;
                if (c is '(' or '[' or '{') depth++;
                else if (c is ')' or ']' or '}') depth--;
                else if (c == ':' && depth == 0) break;
                Advance();
            }
            var header = _text[headerStart.._pos].Trim();
            Advance();
            var body = ReadValue();
            SkipTrivia(includingNewLines: true);
            if (AtEnd || Peek != ']') throw Error("no ']' closes the for-expression");
            Advance();
            return new BicepLoop(header, body, line);
        }

        var items = new List<BicepValue>();
        while (true)
        {
            SkipSeparators();
            if (AtEnd) throw Error("no ']' closes the array");
            if (Peek == ']')
            {
                Advance();
                return new BicepArray(items, line);
            }
            items.Add(ReadValue());
            RequireSeparatorOr(']');
        }
    }

    private void SkipSeparators()
    {
        while (true)
        {
            SkipTrivia(includingNewLines: true);
            if (!AtEnd && Peek == ',') Advance();
            else return;
        }
    }

    /// <summary>After an item: a new line, a comma or the closing bracket must follow.</summary>
    private void RequireSeparatorOr(char close)
    {
        SkipTrivia(includingNewLines: false);
        if (AtEnd || Peek is '\n' or ',' || Peek == close) return;
        throw Error($"expected a new line, ',' or '{close}' but found '{Peek}'");
    }

    /// <summary>Reads an expression up to the end of its line, a comma or the enclosing bracket.</summary>
    private BicepExpression ReadExpression(int line)
    {
        var text = new StringBuilder();
        var depth = 0;
        while (!AtEnd)
        {
            var c = Peek;
            if (c == '\'')
            {
                text.Append(ReadStringRaw());
                continue;
            }
            if (c == '/' && PeekAt(1) == '/')
            {
                if (depth == 0) break;
                while (!AtEnd && Peek != '\n') Advance();
                continue;
            }
            if (depth == 0 && (c is '\n' or ',' or '}' or ']' || (c == '/' && PeekAt(1) == '*'))) break;
            if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}') depth--;
            text.Append(Advance());
        }
        var expression = text.ToString().Trim();
        if (expression.Length == 0) throw Error("expected a value");
        return new BicepExpression(expression, line);
    }
}
