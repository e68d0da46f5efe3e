using Notices.Domain.Notices;
using Notices.Domain.Ocds;
using Notices.Domain.Time;
using Notices.Workflow.Procurements;

namespace Notices.Workflow.Law;

/// <summary>
/// The one place where the workflow meets the law as code in Notices.Domain: deadlines, working days,
/// UK time, notice validation and rendering. Everything here is pure.
/// </summary>
internal static class ActRules
{
    public static DateOnly UkDate(DateTimeOffset instant) => UkTime.DateOf(instant);

    public static DateTimeOffset EndOfUkDay(DateOnly day) => UkTime.EndOfDay(day);

    public static DateTimeOffset StartOfUkDay(DateOnly day) => UkTime.StartOfDay(day);

    /// <summary>The same time of day, <paramref name="workingDays"/> working days after <paramref name="from"/>.</summary>
    public static DateTimeOffset WorkingDaysAfter(DateTimeOffset from, int workingDays)
    {
        var day = UkDate(from);
        var later = WorkingDayCalendar.UnitedKingdom.AddWorkingDays(day, workingDays);
        return from + (StartOfUkDay(later) - StartOfUkDay(day));
    }

    public static StandstillPeriod Standstill(DateOnly published) => Deadlines.Standstill(published);

    public static DateOnly ContractDetailsNoticeDue(DateOnly entered, bool lightTouch) =>
        Deadlines.ContractDetailsNoticeDue(entered, lightTouch);

    public static DateOnly ContractCopyDue(DateOnly entered, bool lightTouch) => Deadlines.ContractCopyDue(entered, lightTouch);

    public static DateOnly ModifiedContractCopyDue(DateOnly modified) => Deadlines.ModifiedContractCopyDue(modified);

    /// <summary>A contract change notice is published before the modification takes effect (s.75(1)): by the day before.</summary>
    public static DateOnly ChangeNoticeDue(DateOnly effectiveOn) => effectiveOn.AddDays(-1);

    public static DateOnly TerminationNoticeDue(DateOnly ended) => Deadlines.TerminationNoticeDue(ended);

    /// <summary>Reads the notice JSON and validates it as a notice of <paramref name="expected"/> type.</summary>
    public static IReadOnlyList<Problem> ValidateNotice(NoticeType expected, string content)
    {
        Notice notice;
        try
        {
            notice = NoticeJson.Deserialize(content);
        }
        catch (NoticeFormatException e)
        {
            return [new Problem("The notice could not be read: " + e.Problem, e.Field == "$" ? "content" : e.Field)];
        }

        if (notice.Type != expected)
        {
            return [new Problem($"This is a {NoticeNames.Of(expected)}, but the content is a {NoticeNames.Of(notice.Type)}.", "type")];
        }

        return NoticeValidator.Validate(notice).Errors.Select(e => new Problem(e.Message, e.Path)).ToList();
    }

    /// <summary>The notice JSON with <paramref name="documents"/> added to its documents.</summary>
    public static string WithDocuments(string content, IReadOnlyList<NoticeDocument> documents)
    {
        if (documents.Count == 0)
        {
            return content;
        }

        var notice = NoticeJson.Deserialize(content);
        return NoticeJson.Serialize(notice with { Documents = [.. notice.Documents, .. documents] });
    }

    /// <summary>The OCDS release for a notice being published.</summary>
    public static string RenderRelease(string content, string ocid, string noticeId, DateTimeOffset published) =>
        OcdsReleaseWriter.Write(NoticeJson.Deserialize(content), new PublicationContext(ocid, noticeId, published));
}
