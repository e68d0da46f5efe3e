using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Notices.Web.Forms;
using NoticeFunctions.Tests.Support;
using Notices.Workflow.Procurements;
using Xunit;

namespace NoticeFunctions.Tests.Exports;

/// <summary>
/// One app with one contract of the forms' authority whose title and suppliers hold what CSV must quote:
/// commas, double quotes, a line break, and Welsh names.
/// </summary>
public sealed class CsvExportFixture : IAsyncLifetime
{
    public const string Title = "Prydau ar glud \"Cartref\", Ynys Môn\nail gaffael";

    public static readonly AwardedSupplier[] Suppliers =
    [
        new("Ysbyty Gwynedd, Bangor", "GB-NHS-7A1A1"),
        new("Cyngor Sir Ynys Môn", "GB-GOR-PC000231"),
    ];

    internal SharedApp Shared { get; } = new();

    public string ProcurementId { get; private set; } = "";

    public string BuyerId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await Shared.InitializeAsync();
        BuyerId = Shared.App.Services.GetRequiredService<IOptions<FormsOptions>>().Value.BuyerId;
        ProcurementId = await ContractJourney.ContractedAsync(Shared.App, Title, BuyerId, Suppliers);
    }

    public Task DisposeAsync() => Shared.DisposeAsync();
}
