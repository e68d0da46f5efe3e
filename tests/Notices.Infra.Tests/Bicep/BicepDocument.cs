namespace Notices.Infra.Tests.Bicep;

public sealed record BicepDecorator(string Name, string Arguments, int Line)
{
    /// <summary>The decorator's single string argument, as in <c>@description('text')</c>, or null.</summary>
    public string? StringArgument => new BicepExpression(Arguments.Trim(), Line).StringLiteral;
}

public sealed record BicepParameter(string Name, string Type, BicepValue? Default, IReadOnlyList<BicepDecorator> Decorators, int Line)
{
    public string? Description =>
        Decorators.FirstOrDefault(d => d.Name is "description" or "sys.description")?.StringArgument;
}

public sealed record BicepVariable(string Name, BicepValue Value, int Line);

public sealed record BicepOutput(string Name, string Type, BicepValue Value, int Line);

public sealed record BicepResource(string Symbol, string Type, string ApiVersion, bool Existing, BicepValue Value, int Line)
{
    /// <summary>The resource body (through any loop or condition).</summary>
    public BicepObject Body => Value.AsObject() ?? new BicepObject([], Line);

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);
}

public sealed record BicepModule(string Symbol, string Path, BicepValue Value, int Line)
{
    public BicepObject Body => Value.AsObject() ?? new BicepObject([], Line);
}

/// <summary>What a Bicep file declares: parameters, variables, resources, modules and outputs.</summary>
public sealed class BicepDocument
{
    public required string Name { get; init; }
    public required string Text { get; init; }
    public string? TargetScope { get; init; }
    public required IReadOnlyList<BicepParameter> Parameters { get; init; }
    public required IReadOnlyList<BicepVariable> Variables { get; init; }
    public required IReadOnlyList<BicepResource> Resources { get; init; }
    public required IReadOnlyList<BicepModule> Modules { get; init; }
    public required IReadOnlyList<BicepOutput> Outputs { get; init; }

    public IEnumerable<BicepResource> ResourcesOfType(string type) => Resources.Where(r => r.IsType(type));

    public BicepVariable? Variable(string name) => Variables.FirstOrDefault(v => v.Name == name);

    public static BicepDocument Parse(string text, string name = "snippet.bicep") => new BicepReader(text, name).ReadDocument();

    public static BicepDocument Load(string path) => Parse(File.ReadAllText(path), System.IO.Path.GetFileName(path));
}
