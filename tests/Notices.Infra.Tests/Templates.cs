using Notices.Infra.Tests.Bicep;

namespace Notices.Infra.Tests;

/// <summary>The repository's Bicep files, read once, and the parts of main.bicep the tests look into.</summary>
public static class Templates
{
    public static IReadOnlyList<BicepDocument> Documents { get; } = RepositoryFiles.BicepFiles().Select(BicepDocument.Load).ToList();

    public static BicepDocument Main => Documents.Single(d => d.Name == "main.bicep");

    /// <summary>A module file by its file name, such as "web-app.bicep".</summary>
    public static BicepDocument Module(string fileName) => Documents.Single(d => d.Name == fileName);

    /// <summary>The call of a module in main.bicep, by its symbol.</summary>
    public static BicepModule Call(string symbol) => Main.Modules.Single(m => m.Symbol == symbol);

    /// <summary>The text of an expression main.bicep passes to a module, or "missing".</summary>
    public static string Param(string symbol, string path) => (Call(symbol).Body.At($"params.{path}") as BicepExpression)?.Text ?? "missing";

    /// <summary>The app settings main.bicep passes to an app's module.</summary>
    public static BicepObject AppSettings(string symbol) =>
        Call(symbol).Body.At("params.appSettings")?.AsObject() ?? throw new InvalidOperationException($"module '{symbol}' is given no appSettings");

    /// <summary>The text of one app setting, or "missing".</summary>
    public static string Setting(string symbol, string name) => (AppSettings(symbol).At(name) as BicepExpression)?.Text ?? "missing";

    /// <summary>The one resource of a type a module file declares (not an existing one).</summary>
    public static BicepResource Declared(string fileName, string type) =>
        Assert.Single(Module(fileName).ResourcesOfType(type), r => !r.Existing);

    /// <summary>A plain string at a path of a resource, or null.</summary>
    public static string? Literal(BicepResource resource, string path) => (resource.Body.At(path) as BicepExpression)?.StringLiteral;

    /// <summary>The expression text at a path of a resource, or null.</summary>
    public static string? Text(BicepResource resource, string path) => (resource.Body.At(path) as BicepExpression)?.Text;

    /// <summary>The authsettingsV2 resource a module file declares.</summary>
    public static BicepResource AuthSettings(string fileName) =>
        Assert.Single(Module(fileName).ResourcesOfType(InfraChecks.SiteConfigType), r => Literal(r, "name") == "authsettingsV2");

    /// <summary>The items of an array at a path, as expression texts.</summary>
    public static IReadOnlyList<string> Items(BicepObject body, string path) =>
        (body.At(path) as BicepArray)?.Items.Select(i => ((BicepExpression)i).Text).ToList() ?? [];
}
