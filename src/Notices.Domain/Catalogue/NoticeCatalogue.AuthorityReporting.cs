using Notices.Domain.Notices;
using Notices.Domain.Thresholds;

namespace Notices.Domain.Catalogue;

public static partial class NoticeCatalogue
{
    private static NoticeDefinition[] AuthorityReporting() =>
    [
        new(NoticeType.UK8, "Contract payment notice", NoticeStage.AuthorityReporting, "s.70", "Procurement (Amendment) Regulations 2026",
            NoticeObligation.Required,
            $"Required from 1 April 2026 for each payment of more than {PoundsInWords.Of(MoneyTriggers.PaymentInformation)} made under a public contract.",
            new DeadlineRule(DeadlineKind.DaysBeginningWith, "Within 30 days beginning with the last day of the quarter in which the payment was made (quarters end 31 March, 30 June, 30 September, 31 December).", Days: 30),
            [
                NoPrivateUtilities("s.70"),
                new(CarveOutKind.Concessions, "Payments under concession contracts are not published.", "s.70"),
                new(CarveOutKind.Schools, "Payments under contracts awarded by schools are not published.", "s.70"),
                new(CarveOutKind.DevolvedAndTransferred, "Transferred Northern Ireland authorities do not publish payments.", "s.70"),
            ],
            [
                AuthorityInformation,
                new($"Each payment of more than {PoundsInWords.Of(MoneyTriggers.PaymentInformation)} under a public contract, identifying the contract", "s.70"),
            ]),

        new(NoticeType.UK17, "Payments compliance notice", NoticeStage.AuthorityReporting, "s.69", "reg 38",
            NoticeObligation.Required,
            "Required for each six-month reporting period (ending 31 March and 30 September) in which the authority made a payment, or a sum became payable, under a public contract.",
            new DeadlineRule(DeadlineKind.DaysBeginningWith, "Within 30 days beginning with the last day of the reporting period (by 29 April and 29 October).", Days: 30),
            [
                NoPrivateUtilities("s.69(6)(b)"),
                new(CarveOutKind.DevolvedAndTransferred, "Transferred Northern Ireland authorities do not publish it.", "s.69(6)(a)"),
                new(CarveOutKind.Schools, "Contracts awarded by schools are left out.", "s.69(6)(c)"),
                new(CarveOutKind.Concessions, "Concession contracts are left out.", "s.69(6)(d)"),
            ],
            [
                AuthorityInformation,
                new("The first and last days of the reporting period", "reg 38(2)(b)"),
                new("For sums paid in the period: the average number of days to pay (day 1 is the day after the invoice was received), and the percentage paid within 30 days, within 31 to 60 days, and after 60 days", "reg 38(2)(c)"),
                new("The percentage of sums that became payable in the period but were not paid within it", "reg 38(2)(d)"),
                new("A statement by the director responsible for finances approving the notice, with their name and job title", "reg 38(2)(e)"),
            ]),
    ];
}
