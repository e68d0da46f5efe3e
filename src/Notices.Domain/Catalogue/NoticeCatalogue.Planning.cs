using Notices.Domain.Notices;
using Notices.Domain.Thresholds;

namespace Notices.Domain.Catalogue;

public static partial class NoticeCatalogue
{
    private static NoticeDefinition[] Planning() =>
    [
        new(NoticeType.UK1, "Pipeline notice", NoticeStage.Planning, "s.93", "reg 15",
            NoticeObligation.Conditional,
            $"Required when the authority expects to pay more than {PoundsInWords.Of(MoneyTriggers.PipelineNoticeSpend)} under relevant contracts in the coming financial year; otherwise it may publish one voluntarily.",
            new DeadlineRule(DeadlineKind.AnnualWindow, "Within the 56 days beginning with 1 April, the first day of the financial year (1 April to 26 May).", Days: 56),
            [
                NoPrivateUtilities("s.93"),
                new(CarveOutKind.DevolvedAndTransferred, "Transferred Northern Ireland authorities do not publish pipeline notices.", "s.93"),
            ],
            [
                AuthorityInformation,
                new($"Each public contract with an estimated value of more than {PoundsInWords.Of(MoneyTriggers.PipelineContract)} for which a tender or transparency notice is intended in the 18 months from 1 April", "s.93(3)"),
                new("For each listed procurement: its subject-matter", "reg 15"),
                new("For each listed procurement: the estimated date of its tender notice or transparency notice", "reg 15"),
            ]),

        new(NoticeType.UK2, "Preliminary market engagement notice", NoticeStage.Planning, "ss.16-17", "reg 17",
            NoticeObligation.Conditional,
            "Required if the authority carries out preliminary market engagement for a public contract; if it does not publish one, the tender notice must give the reasons.",
            new DeadlineRule(DeadlineKind.Before, "Before the tender notice is published; it may describe engagement planned or already finished."),
            [NoPrivateUtilities("s.17")],
            [
                AuthorityInformation,
                SubjectMatter,
                new("The date by which the engagement is expected to end, or ended", "reg 17"),
                new("How the engagement will be, or was, carried out: events, dates, how and when suppliers may respond", "reg 17"),
            ]),

        new(NoticeType.UK3, "Planned procurement notice", NoticeStage.Planning, "s.15", "reg 16",
            NoticeObligation.Optional,
            "Never required. Published between 40 days and 12 months before the tender notice it is a qualifying planned procurement notice, which allows a tendering period of 10 days.",
            new DeadlineRule(DeadlineKind.AnyTime, "Any time before the tender notice; to qualify, at least 40 days and no more than 12 months before it (s.54)."),
            [],
            [
                AuthorityInformation,
                ProcurementIdentifier,
                SubjectMatter,
                new("Estimated date of the tender notice, of the deadline for requests to participate or tenders, and of the award", "reg 16"),
                new("Whether the open or the competitive flexible procedure will be used, and whether through a dynamic market", "reg 16"),
                new("How to get the tender documents and how and when to register interest", "reg 16"),
                new("Any content of the tender notice already known", "reg 16"),
            ]),
    ];
}
