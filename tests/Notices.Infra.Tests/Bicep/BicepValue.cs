using System.Globalization;
using System.Text.RegularExpressions;

namespace Notices.Infra.Tests.Bicep;

/// <summary>A value in a Bicep file: an object, an array, a loop, a condition or any other expression (kept as text).</summary>
public abstract record BicepValue(int Line)
{
    /// <summary>The object this value produces: itself, or the body of a loop or condition.</summary>
    public BicepObject? AsObject() => this switch
    {
        BicepObject o => o,
        BicepLoop l => l.Body.AsObject(),
        BicepCondition c => c.Body.AsObject(),
        _ => null,
    };
}

public sealed record BicepProperty(string Name, BicepValue Value, int Line);

public sealed record BicepObject(IReadOnlyList<BicepProperty> Properties, int Line) : BicepValue(Line)
{
    /// <summary>The value at a dotted path such as "properties.siteConfig.minTlsVersion", or null.</summary>
    public BicepValue? At(string path)
    {
        BicepValue? current = this;
        foreach (var key in path.Split('.'))
        {
            var obj = current?.AsObject();
            current = obj?.Properties.LastOrDefault(p => p.Name == key)?.Value;
            if (current is null) return null;
        }
        return current;
    }

    public bool Has(string path) => At(path) is not null;
}

public sealed record BicepArray(IReadOnlyList<BicepValue> Items, int Line) : BicepValue(Line);

/// <summary>A for-expression: <c>[for header: body]</c>.</summary>
public sealed record BicepLoop(string Header, BicepValue Body, int Line) : BicepValue(Line);

/// <summary>A conditional deployment: <c>if (condition) body</c>.</summary>
public sealed record BicepCondition(string Condition, BicepValue Body, int Line) : BicepValue(Line);

/// <summary>Any other expression, kept as its source text.</summary>
public sealed partial record BicepExpression(string Text, int Line) : BicepValue(Line)
{
    /// <summary>The content of a plain string literal (no interpolation), or null.</summary>
    public string? StringLiteral
    {
        get
        {
            if (Text.Length < 2 || Text[0] != '\'' || Text[^1] != '\'' || Text.Contains("${", StringComparison.Ordinal))
                return null;
            return Text[1..^1].Replace("\\'", "'", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        }
    }

    public bool IsTrue => Text == "true";
    public bool IsFalse => Text == "false";

    /// <summary>True when the expression is a bare symbol name such as <c>storageAccount</c>.</summary>
    public bool IsSymbol => SymbolPattern().IsMatch(Text);

    public int? IntegerLiteral =>
        int.TryParse(Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex SymbolPattern();
}
