using Notices.Workflow.Adoption;
using Notices.Workflow.Commands;
using Notices.Workflow.Procurements;

namespace Notices.Workflow.Tests.Support;

/// <summary>Real releases Find a Tender published (one of each stage), and the adoption built from each.</summary>
public static class PublishedReleases
{
    /// <summary>UK4, ocds-h6vhtk-06f17d, published Thursday 3 September 2026 15:18 BST; five lots, services.</summary>
    public const string TenderRelease = "083563-2026_UK4.json";

    /// <summary>UK6, ocds-h6vhtk-04e9fb, published Tuesday 3 June 2025 22:01 BST; five awards, three with standstill to 12 June.</summary>
    public const string AwardRelease = "029664-2025_UK6.json";

    /// <summary>UK7, ocds-h6vhtk-06f19e, published Thursday 3 September 2026; light touch, signed 3 September, runs 4 to 20 September.</summary>
    public const string ContractDetailsRelease = "083608-2026_UK7.json";

    private static readonly TimeSpan Bst = TimeSpan.FromHours(1);

    /// <summary>Monday 7 September 2026, 09:00 BST: after the 2026 samples were published.</summary>
    public static readonly DateTimeOffset AfterTheSeptember2026Notices = new(2026, 9, 7, 9, 0, 0, Bst);

    /// <summary>Thursday 5 June 2025, 09:00 BST: the award notice's standstill is running.</summary>
    public static readonly DateTimeOffset DuringTheAwardStandstill = new(2025, 6, 5, 9, 0, 0, Bst);

    public static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Adoption", "Samples", file));

    public static AdoptProcurement AdoptionOf(string file, DateTimeOffset at, Actor? by = null) =>
        AdoptionCommand.FromReleases(Contexts.By(by ?? People.Commissioner, at), [Read(file)]);
}
