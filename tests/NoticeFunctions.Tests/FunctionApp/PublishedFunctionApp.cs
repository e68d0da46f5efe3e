using System.Text.Json;
using NoticeFunctions.Tests.Support;
using Xunit;

namespace NoticeFunctions.Tests.FunctionApp;

/// <summary>
/// The Function App as <c>dotnet publish src/NoticeFunctions</c> lays it out for deployment, published once for the
/// tests that read it, with its functions as the build generated them in functions.metadata.
/// </summary>
public sealed class PublishedFunctionApp : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "notices-functionapp-" + Guid.NewGuid().ToString("N"));

    public IReadOnlyList<PublishedFunction> Functions { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await DotnetPublish.RunAsync("src/NoticeFunctions", Folder);
        using var metadata = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Folder, "functions.metadata")));
        Functions = metadata.RootElement.EnumerateArray().Select(PublishedFunction.From).ToList();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>One function as functions.metadata describes it: its name and its trigger.</summary>
public sealed record PublishedFunction(string Name, string TriggerType, string? Route, IReadOnlyList<string> Methods)
{
    public static PublishedFunction From(JsonElement function)
    {
        var trigger = function.GetProperty("bindings").EnumerateArray()
            .Single(binding => binding.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
        var methods = trigger.TryGetProperty("methods", out var m) ? m.EnumerateArray().Select(x => x.GetString()!.ToUpperInvariant()).ToList() : [];
        return new PublishedFunction(
            function.GetProperty("name").GetString()!,
            trigger.GetProperty("type").GetString()!,
            trigger.TryGetProperty("route", out var route) ? route.GetString() : null,
            methods);
    }
}

[CollectionDefinition(Name)]
public sealed class PublishedFunctionAppTests : ICollectionFixture<PublishedFunctionApp>
{
    public const string Name = "Published Function App";
}
