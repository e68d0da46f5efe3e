using Notices.Domain.Notices;

namespace Notices.Domain.Catalogue;

public static partial class NoticeCatalogue
{
    private static ContentRequirement MarketIdentity => new(
        "Who establishes the dynamic market (names, contacts, identifiers, anyone acting for them, a contact for enquiries), its title and its unique identifier",
        "reg 25");

    private static NoticeDefinition[] DynamicMarket() =>
    [
        new(NoticeType.UK13, "Dynamic market intention notice", NoticeStage.DynamicMarket, "s.39(2)", "reg 25(1)-(2)",
            NoticeObligation.Conditional,
            "Required before establishing a dynamic market.",
            new DeadlineRule(DeadlineKind.Before, "Before the dynamic market is established."),
            [
                new(CarveOutKind.Utilities,
                    "A utilities dynamic market may be announced by a qualifying utilities dynamic market notice, which also carries as much of a future tender notice as is known; its members then receive tender notices directly instead of their being published.",
                    "s.40; reg 25(2)(i)"),
            ],
            [
                MarketIdentity,
                new("How to get the documents and apply for membership; the conditions of membership and how they are checked", "reg 25"),
                new("What the market is for: category, description, CPV codes, parts, location, eligible users", "reg 25"),
                new("Whether it is a special-regime market and whether the GPA and other trade agreements cover it", "reg 25"),
                new("Estimated start and end dates (or that it is open-ended), and any fees", "reg 25"),
            ]),

        new(NoticeType.UK14, "Dynamic market establishment notice", NoticeStage.DynamicMarket, "s.39(3)", "reg 25(3)-(4)",
            NoticeObligation.Conditional,
            "Required after establishing a dynamic market.",
            new DeadlineRule(DeadlineKind.AsSoonAsReasonablyPracticable, "As soon as reasonably practicable after the market is established."),
            [],
            [
                MarketIdentity,
                new("The date the market was established", "reg 25"),
                new("Each member: name, contact details, unique identifier, whether an SME or VCSE, and the part it belongs to", "reg 25"),
                ConflictsAssessment,
            ]),

        new(NoticeType.UK15, "Dynamic market modification notice", NoticeStage.DynamicMarket, "s.39(4)", "reg 25(5)-(6)",
            NoticeObligation.Conditional,
            "Required after admitting or removing suppliers or otherwise modifying a dynamic market.",
            new DeadlineRule(DeadlineKind.AsSoonAsReasonablyPracticable, "As soon as reasonably practicable after the modification."),
            [],
            [
                MarketIdentity,
                new("The date the modification takes effect", "reg 25"),
                new("Suppliers admitted and removed", "reg 25"),
                new("A summary of any other change", "reg 25"),
            ]),

        new(NoticeType.UK16, "Dynamic market cessation notice", NoticeStage.DynamicMarket, "s.39(5)", "reg 25(7)-(8)",
            NoticeObligation.Conditional,
            "Required when a dynamic market ceases to operate.",
            new DeadlineRule(DeadlineKind.AsSoonAsReasonablyPracticable, "As soon as reasonably practicable after the market ceases."),
            [new(CarveOutKind.PrivateUtilities, "Not required when a utilities dynamic market established by a private utility ceases.", "s.39")],
            [
                MarketIdentity,
                new("The date the market ceased", "reg 25"),
            ]),
    ];
}
