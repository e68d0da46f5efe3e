using System.Globalization;
using Notices.Domain.Notices;

namespace Notices.Workflow.ContractCopies;

/// <summary>
/// Each contract copy is named by the obligation it meets: <c>contract-copy</c> for the contract as entered
/// into (s.53(3)), <c>change-N-copy</c> for the contract as modified by change N (s.77).
/// </summary>
public static class ContractCopyKeys
{
    public const string Contract = "contract-copy";

    public static string ForChange(int changeNumber) => string.Create(CultureInfo.InvariantCulture, $"change-{changeNumber}-copy");

    /// <summary>The notice whose documents reference the copy: contract details (UK7), or contract change (UK10).</summary>
    public static NoticeType NoticeTypeFor(string key) => key == Contract ? NoticeType.UK7 : NoticeType.UK10;
}
