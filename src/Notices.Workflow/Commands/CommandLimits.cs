using Notices.Domain.Notices;

namespace Notices.Workflow.Commands;

/// <summary>
/// The longest a command's fields may be, declared once: the decider refuses anything longer, and the API and forms
/// check the same limits before a command is sent, so both say the same thing.
/// </summary>
public static class CommandLimits
{
    /// <summary>An organisation's identifier (a buyer's or a supplier's, such as a GB-PPON or Companies House id); it is also part of keys and paths.</summary>
    public const int OrganisationId = 100;

    /// <summary>A procurement's title: it becomes its notices' title, so Find a Tender's limit for a title.</summary>
    public const int Title = FieldLimits.Title;

    /// <summary>Free text a commissioner or approver writes: a change's description, a reason, a declaration.</summary>
    public const int Text = 2_000;

    /// <summary>An uploaded file's name as its uploader gave it: storage keeps at most this much, so the record can take it.</summary>
    public const int FileName = 255;
}
