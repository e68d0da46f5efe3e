using Notices.Domain.Contracts;
using Notices.Workflow.Commands;
using Notices.Workflow.ContractCopies;
using Notices.Workflow.Events;
using Notices.Workflow.Tests.Support;
using Xunit;
using static Notices.Workflow.Tests.Support.DeciderSpec;

namespace Notices.Workflow.Tests.Decider;

public sealed class ChooseContractCopyRedactionsTests
{
    private static ChooseContractCopyRedactions Choose(params ChosenRedaction[] redactions) =>
        new(CopySteps.By(People.Commissioner), CopySteps.Key, redactions);

    [Fact]
    public void GivenAnUpload_WhenSuggestionsAndOwnPhrasesAreChosen_ThenEachIsRecordedWithItsGroundAgainstTheUpload()
    {
        var selected = new ChosenRedaction("  the Supplier's margin  ", WithholdingGround.CommerciallySensitive, RedactionSource.Own, new RedactionPlace("/word/document.xml", null, 12));
        var chosen = Assert.IsType<ContractCopyRedactionsChosen>(Assert.Single(
            Given(Scenario.Contracted().Uploaded()).When(Choose(CopySteps.Email, selected)).ThenAccepted()));
        Assert.Equal(CopySteps.Upload.Sha256, chosen.UploadSha256);
        Assert.Equal([CopySteps.Email, selected with { Text = "the Supplier's margin" }], chosen.Redactions);
    }

    [Fact]
    public void GivenAnUpload_WhenNothingIsChosen_ThenRecordedAsNothingWithheld() =>
        Assert.Empty(Assert.IsType<ContractCopyRedactionsChosen>(Assert.Single(
            Given(Scenario.Contracted().Uploaded()).When(Choose()).ThenAccepted())).Redactions);

    [Fact]
    public void GivenNoUpload_WhenRedactionsAreChosen_ThenRefused() =>
        Given(Scenario.Contracted()).When(Choose(CopySteps.Email))
            .ThenRefused("Upload the signed contract before choosing what to withhold from it.", "copyKey");

    [Fact]
    public void GivenAnUpload_WhenAPhraseIsOneCharacter_ThenRefusedNamingIt() =>
        Given(Scenario.Contracted().Uploaded()).When(Choose(CopySteps.Email, CopySteps.DayRate with { Text = " x " }))
            .ThenRefused("Enter the words to withhold: at least two characters.", "redactions[1].text");

    [Fact]
    public void GivenAnUpload_WhenAGroundIsUnknown_ThenRefusedNamingIt() =>
        Given(Scenario.Contracted().Uploaded()).When(Choose(CopySteps.Email with { Ground = (WithholdingGround)99 }))
            .ThenRefused("Choose the ground for withholding: personal data, commercially sensitive, national security or protected connected person.", "redactions[0].ground");

    [Fact]
    public void GivenAnUpload_WhenASelectedPassageHasNoPart_ThenRefused() =>
        Given(Scenario.Contracted().Uploaded()).When(Choose(CopySteps.DayRate with { OnlyAt = new RedactionPlace("", 1, 0) }))
            .ThenRefused("The selected passage's place must name the part of the file, with page and paragraph numbers from 1.", "redactions[0].onlyAt");

    [Fact]
    public void GivenAnUpload_WhenAnApproverChooses_ThenRefused() =>
        Given(Scenario.Contracted().Uploaded()).When(Choose(CopySteps.Email) with { Context = CopySteps.By(People.Approver) })
            .ThenRefused("Only a commissioner can choose what to withhold from a contract copy.");
}
