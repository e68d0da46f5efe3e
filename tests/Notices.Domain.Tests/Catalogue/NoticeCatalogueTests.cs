using Notices.Domain.Catalogue;
using Notices.Domain.Notices;
using Notices.Domain.Time;
using Xunit;

namespace Notices.Domain.Tests.Catalogue;

public sealed class NoticeCatalogueTests
{
    [Theory]
    [InlineData(NoticeType.UK1, "Pipeline notice", "s.93")]
    [InlineData(NoticeType.UK2, "Preliminary market engagement notice", "ss.16-17")]
    [InlineData(NoticeType.UK3, "Planned procurement notice", "s.15")]
    [InlineData(NoticeType.UK4, "Tender notice", "s.21; s.87(1) below threshold")]
    [InlineData(NoticeType.UK5, "Transparency notice", "s.44")]
    [InlineData(NoticeType.UK6, "Contract award notice", "s.50 (standstill s.51)")]
    [InlineData(NoticeType.UK7, "Contract details notice", "s.53; s.87(3) below threshold")]
    [InlineData(NoticeType.UK8, "Contract payment notice", "s.70")]
    [InlineData(NoticeType.UK9, "Contract performance notice", "s.71 (KPIs s.52)")]
    [InlineData(NoticeType.UK10, "Contract change notice", "s.75 (voluntary standstill s.76; copy s.77)")]
    [InlineData(NoticeType.UK11, "Contract termination notice", "s.80")]
    [InlineData(NoticeType.UK12, "Procurement termination notice", "s.55")]
    [InlineData(NoticeType.UK13, "Dynamic market intention notice", "s.39(2)")]
    [InlineData(NoticeType.UK14, "Dynamic market establishment notice", "s.39(3)")]
    [InlineData(NoticeType.UK15, "Dynamic market modification notice", "s.39(4)")]
    [InlineData(NoticeType.UK16, "Dynamic market cessation notice", "s.39(5)")]
    [InlineData(NoticeType.UK17, "Payments compliance notice", "s.69")]
    public void Get_EachNotice_HasItsNameAndSectionOfTheAct(NoticeType type, string name, string sections)
    {
        var notice = NoticeCatalogue.Get(type);

        Assert.Equal(name, notice.Name);
        Assert.Equal(sections, notice.Sections);
        Assert.Equal(type.ToString(), notice.Code);
    }

    [Fact]
    public void All_EveryNoticeTypeOnceInOrder() =>
        Assert.Equal(Enum.GetValues<NoticeType>(), NoticeCatalogue.All.Select(n => n.Type));

    [Fact]
    public void All_EveryNotice_SaysWhenItIsRequiredWhenItIsDueAndWhatItMustContain()
    {
        Assert.All(NoticeCatalogue.All, notice =>
        {
            Assert.False(string.IsNullOrWhiteSpace(notice.WhenRequired), notice.Code);
            Assert.False(string.IsNullOrWhiteSpace(notice.Deadline.Description), notice.Code);
            Assert.True(notice.Content.Count >= 2, $"{notice.Code} lists {notice.Content.Count} content items");
            Assert.All(notice.Content, c => Assert.False(string.IsNullOrWhiteSpace(c.Regulation), $"{notice.Code}: {c.Item}"));
            Assert.Equal(notice.Deadline.Kind == DeadlineKind.DaysBeginningWith || notice.Deadline.Kind == DeadlineKind.AnnualWindow, notice.Deadline.Days is not null);
        });
    }

    [Fact]
    public void Obligations_OnlyThePlannedProcurementNoticeIsOptional() =>
        Assert.Equal([NoticeType.UK3], NoticeCatalogue.All.Where(n => n.Obligation == NoticeObligation.Optional).Select(n => n.Type));

    [Fact]
    public void DeadlineDays_AgreeWithTheDeadlineCalculations()
    {
        var day = new DateOnly(2026, 3, 2);
        var uk7 = NoticeCatalogue.Get(NoticeType.UK7).Deadline;

        Assert.Equal(Deadlines.ContractDetailsNoticeDue(day, lightTouch: false), Deadlines.LastOfDaysBeginningWith(day, uk7.Days!.Value));
        Assert.Equal(Deadlines.ContractDetailsNoticeDue(day, lightTouch: true), Deadlines.LastOfDaysBeginningWith(day, uk7.LightTouchDays!.Value));
        Assert.Equal(Deadlines.TerminationNoticeDue(day), Deadlines.LastOfDaysBeginningWith(day, NoticeCatalogue.Get(NoticeType.UK11).Deadline.Days!.Value));

        // Deadlines nothing computes yet are stated as the Act's day counts: performance (s.71(5)), pipeline window
        // (s.93(1)), payments (s.70) and payments compliance (s.69).
        Assert.Equal(30, NoticeCatalogue.Get(NoticeType.UK9).Deadline.Days);
        Assert.Equal(56, NoticeCatalogue.Get(NoticeType.UK1).Deadline.Days);
        Assert.Equal(30, NoticeCatalogue.Get(NoticeType.UK8).Deadline.Days);
        Assert.Equal(30, NoticeCatalogue.Get(NoticeType.UK17).Deadline.Days);
    }

    [Theory]
    [InlineData(NoticeType.UK4, new[] { CarveOutKind.Utilities, CarveOutKind.BelowThreshold, CarveOutKind.Frameworks, CarveOutKind.LightTouch })]
    [InlineData(NoticeType.UK5, new[] { CarveOutKind.UserChoiceContracts })]
    [InlineData(NoticeType.UK6, new[] { CarveOutKind.UserChoiceContracts, CarveOutKind.Frameworks, CarveOutKind.LightTouch, CarveOutKind.DefenceAndSecurity, CarveOutKind.BelowThreshold })]
    [InlineData(NoticeType.UK7, new[] { CarveOutKind.LightTouch, CarveOutKind.BelowThreshold, CarveOutKind.PrivateUtilities, CarveOutKind.UserChoiceContracts, CarveOutKind.Frameworks })]
    [InlineData(NoticeType.UK10, new[] { CarveOutKind.DefenceAndSecurity, CarveOutKind.LightTouch, CarveOutKind.PrivateUtilities, CarveOutKind.DevolvedAndTransferred })]
    [InlineData(NoticeType.UK11, new[] { CarveOutKind.PrivateUtilities, CarveOutKind.UserChoiceContracts })]
    public void CarveOuts_KeyNotices_ListTheKindsOfContractTheActTreatsDifferently(NoticeType type, CarveOutKind[] expected)
    {
        var kinds = NoticeCatalogue.Get(type).CarveOuts.Select(c => c.Kind).ToHashSet();

        Assert.All(expected, kind => Assert.Contains(kind, kinds));
    }

    [Fact]
    public void DraftedByWorkflow_TheElevenNoticesWithForms()
    {
        var drafted = NoticeCatalogue.All.Where(n => n.DraftedByWorkflow).Select(n => n.Code);

        Assert.Equal(["UK1", "UK2", "UK3", "UK4", "UK5", "UK6", "UK7", "UK9", "UK10", "UK11", "UK12"], drafted);
    }

    [Fact]
    public void Get_NumberThatIsNoNotice_SaysHowTheyAreNumbered()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NoticeCatalogue.Get((NoticeType)18));

        Assert.Contains("UK1 to UK17", error.Message, StringComparison.Ordinal);
    }
}
