using System.Text.Json.Nodes;
using Notices.Domain.Notices;
using Notices.Domain.Ocds;
using Notices.Testing.Notices;
using Xunit;

namespace Notices.Domain.Tests.Ocds;

/// <summary>
/// A release Find a Tender published, read into the notice model and rendered again, keeps every field
/// with the same value, written the same way, and gains none: over every sample release, over each of
/// them with any one field changed, and over releases of every drafted type with the fields Find a
/// Tender adds that the model does not hold.
/// </summary>
public sealed class ReleaseRoundTripTests
{
    public static TheoryData<string> Samples() => new(FtsSamples.All);

    public static TheoryData<string> DraftedTypes() => new(SampleNotices.All.Select(n => n.Type.ToString()));

    [Theory]
    [MemberData(nameof(Samples))]
    public void ImportThenRender_SampleRelease_KeepsEveryFieldAndAddsNone(string file)
    {
        var published = FtsSamples.Read(file);

        var differences = ReleaseLeaves.Differences(published, RoundTrip(published));

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void ImportThenRender_SampleWithAnyOneFieldChanged_KeepsTheChangedValue(string file)
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var (field, published) in ReleaseMutations.Of(FtsSamples.Read(file)))
        {
            count++;
            failures.AddRange(ReleaseLeaves.Differences(published, RoundTrip(published)).Select(d => $"{field} changed: {d}"));
        }

        Assert.True(count > 20, $"only {count} fields were changed");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [MemberData(nameof(DraftedTypes))]
    public void ImportThenRender_ReleaseWithFieldsTheModelDoesNotHold_KeepsThem(string type)
    {
        var published = BuiltReleases.WithFindATenderExtras(SampleNotices.All.Single(n => n.Type.ToString() == type));

        var differences = ReleaseLeaves.Differences(published, RoundTrip(published));

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Theory]
    [MemberData(nameof(DraftedTypes))]
    public void RenderTwice_ImportedRelease_GivesTheSameRelease(string type)
    {
        var published = BuiltReleases.WithFindATenderExtras(SampleNotices.All.Single(n => n.Type.ToString() == type));
        var once = RoundTrip(published);

        Assert.Equal(once, RoundTrip(once));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void RenderWithoutTheRelease_SampleRelease_TheModelItselfHoldsEveryFieldButItemsAndHowTimesAreWritten(string file)
    {
        // What the notice model holds on its own, without the release kept beside it. Two things it holds
        // differently: a time at offset zero, which it cannot tell apart from Z, and the items of each
        // award, which it summarises as each lot's CPV codes and places.
        var published = FtsSamples.Read(file);
        var notice = OcdsReleaseReader.Read(published);

        var alone = OcdsReleaseWriter.Write(notice with { PublishedRelease = null }, PublicationContext.Of(notice)!);

        var differences = ReleaseLeaves.Differences(WithUtcAsOffset(published), alone)
            .Where(d => !d.Contains("].items[", StringComparison.Ordinal))
            .ToList();
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Fact]
    public void ImportThenRender_ChangeInTheModel_IsWhatTheReleaseSays()
    {
        // The published release is the base, not a copy: what the model holds is rendered over it.
        var notice = Assert.IsType<ContractAwardNotice>(OcdsReleaseReader.Read(FtsSamples.Read(FtsSamples.ContractAwardNotice)));
        var changed = notice with { Title = "Renamed", Awards = [notice.Awards[0] with { Status = AwardStatus.Active }, .. notice.Awards.Skip(1)] };

        var release = JsonNode.Parse(OcdsReleaseWriter.Write(changed, PublicationContext.Of(changed)!))!;

        Assert.Equal("Renamed", (string?)release["tender"]!["title"]);
        Assert.Equal("active", (string?)release["awards"]![0]!["status"]);
        Assert.Equal("pending", (string?)release["awards"]![1]!["status"]);
    }

    [Fact]
    public void Render_DraftCarryingAnEarlierNoticesRelease_IsRenderedFreshUnderItsOwnNoticeId()
    {
        // A form started from a published contract award notice may carry that notice's release along.
        var published = Assert.IsType<ContractAwardNotice>(OcdsReleaseReader.Read(FtsSamples.Read(FtsSamples.ContractAwardNotice)));
        var draft = new ContractDetailsNotice { Ocid = published.Ocid, Title = published.Title, PublishedRelease = published.PublishedRelease };
        var context = new PublicationContext(published.Ocid!, "090001-2025", new DateTimeOffset(2025, 7, 1, 9, 0, 0, TimeSpan.FromHours(1)));

        var release = JsonNode.Parse(OcdsReleaseWriter.Write(draft, context))!;

        Assert.Equal(JsonNode.Parse(OcdsReleaseWriter.Write(draft with { PublishedRelease = null }, context))!.ToJsonString(), release.ToJsonString());
        Assert.Null(release["bids"]);
    }

    private static string WithUtcAsOffset(string release) =>
        System.Text.RegularExpressions.Regex.Replace(release, @"(""\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})Z""", "$1+00:00\"");

    private static string RoundTrip(string published)
    {
        var notice = OcdsReleaseReader.Read(published);
        return OcdsReleaseWriter.Write(notice, PublicationContext.Of(notice)!);
    }
}
