namespace Notices.Domain.Notices;

/// <summary>Whether tenders may, must or must not be submitted electronically (OCDS <c>electronicSubmissionPolicy</c>).</summary>
public enum ElectronicSubmission
{
    Required,
    Allowed,
    NotAllowed,
}
