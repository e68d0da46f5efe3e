using System.Text.RegularExpressions;

namespace Notices.Redaction.Suggestions;

/// <summary>
/// Finds likely personal data in a file's text. Numbers that look like many things (eight digits,
/// three pairs of digits) are suggested only next to their label ("Account number", "Sort code"),
/// and postcodes only next to a named person, because a contract is full of company numbers,
/// dates and office addresses that are not personal data.
/// </summary>
public static partial class PersonalDataDetector
{
    // Shared mailboxes of an organisation name a role, not a person.
    private static readonly HashSet<string> RoleMailboxes = new(StringComparer.OrdinalIgnoreCase)
    {
        "procurement", "contracts", "contract", "info", "enquiries", "enquiry", "admin", "office", "accounts", "finance",
        "legal", "helpdesk", "support", "noreply", "no-reply", "sales", "hello", "reception", "customerservices",
        "foi", "dpo", "dataprotection", "invoices", "payments", "tenders", "commercial", "complaints", "press",
    };

    public static List<Suggestion> Find(IReadOnlyList<TextBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var found = new List<Suggestion>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var context = i > 0 && blocks[i - 1].Location.Part == block.Location.Part ? blocks[i - 1].Text + "\n" + block.Text : block.Text;
            foreach (Match m in Email().Matches(block.Text))
            {
                if (!RoleMailboxes.Contains(m.Value[..m.Value.IndexOf('@', StringComparison.Ordinal)])) Add(PersonalDataKind.EmailAddress, m.Value, block);
            }
            foreach (Match m in Phone().Matches(block.Text))
            {
                if (IsUkPhoneNumber(m.Value)) Add(PersonalDataKind.PhoneNumber, m.Value.Trim(), block);
            }
            foreach (Match m in NationalInsurance().Matches(block.Text)) Add(PersonalDataKind.NationalInsuranceNumber, m.Value, block);
            if (SortCodeLabel().IsMatch(context))
            {
                foreach (Match m in SortCode().Matches(block.Text)) Add(PersonalDataKind.SortCode, m.Value, block);
            }
            if (AccountLabel().IsMatch(context))
            {
                foreach (Match m in AccountNumber().Matches(block.Text)) Add(PersonalDataKind.BankAccountNumber, m.Value, block);
            }
            if (Postcode().IsMatch(block.Text) && NamedPersonNearby(blocks, i)) AddAddress(block);
            if (SignatureStart().IsMatch(block.Text)) AddSignatureBlock(blocks, i);
        }
        return found.Distinct().ToList();

        void Add(PersonalDataKind kind, string text, TextBlock block) => found.Add(new Suggestion(kind, text, block.Location));

        void AddAddress(TextBlock block)
        {
            foreach (Match postcode in Postcode().Matches(block.Text))
            {
                var street = StreetLine().Matches(block.Text[..postcode.Index]).LastOrDefault();
                var text = street is null ? postcode.Value : block.Text[street.Index..(postcode.Index + postcode.Length)];
                Add(PersonalDataKind.PostalAddress, text.Trim(), block);
            }
        }

        void AddSignatureBlock(IReadOnlyList<TextBlock> all, int start)
        {
            if (SignedByName().Match(all[start].Text) is { Success: true } signedBy) Add(PersonalDataKind.Signatory, signedBy.Groups["name"].Value, all[start]);
            for (var j = start; j < Math.Min(all.Count, start + 10); j++)
            {
                if (j > start && SignatureStart().IsMatch(all[j].Text)) break;
                var label = SignatureLabel().Match(all[j].Text);
                if (!label.Success) continue;
                var value = label.Groups["value"].Value.Trim();
                var valueBlock = all[j];
                if (value.Length == 0 && j + 1 < all.Count && !SignatureLabel().IsMatch(all[j + 1].Text))
                {
                    valueBlock = all[j + 1];
                    value = valueBlock.Text.Trim();
                }
                if (!LooksLikeFilledIn(value)) continue;
                var kind = label.Groups["label"].Value.Contains("address", StringComparison.OrdinalIgnoreCase) ? PersonalDataKind.PostalAddress : PersonalDataKind.Signatory;
                Add(kind, value, valueBlock);
            }
        }
    }

    private static bool NamedPersonNearby(IReadOnlyList<TextBlock> blocks, int index)
    {
        for (var j = Math.Max(0, index - 3); j <= index; j++)
        {
            if (blocks[j].Location.Part == blocks[index].Location.Part && NamedPerson().IsMatch(blocks[j].Text)) return true;
        }
        return false;
    }

    private static bool LooksLikeFilledIn(string value) =>
        value.Length is >= 2 and <= 80 && value.Any(char.IsLetter) && !value.All(c => c is '_' or '.' or ' ' or '…');

    private static bool IsUkPhoneNumber(string candidate)
    {
        var digits = new string(candidate.Where(char.IsAsciiDigit).ToArray());
        string national;
        if (candidate.TrimStart().StartsWith('+'))
        {
            if (!digits.StartsWith("44", StringComparison.Ordinal)) return false;
            national = digits[2..];
            if (national.StartsWith('0')) national = national[1..];
        }
        else
        {
            if (!digits.StartsWith('0')) return false;
            national = digits[1..];
        }
        return national.Length is 9 or 10 && national[0] is '1' or '2' or '3' or '5' or '7' or '8';
    }

    [GeneratedRegex(@"(?<![\w.+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9])?@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\d-])")]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")]
    private static partial Regex NationalInsurance();

    [GeneratedRegex(@"sort\s*code", RegexOptions.IgnoreCase)]
    private static partial Regex SortCodeLabel();

    [GeneratedRegex(@"(?<![\d-])\d{2}[- ]\d{2}[- ]\d{2}(?![\d-])")]
    private static partial Regex SortCode();

    [GeneratedRegex(@"\baccount\s*(?:number|no\.?)|\ba/c\s*(?:number|no\.?)?", RegexOptions.IgnoreCase)]
    private static partial Regex AccountLabel();

    [GeneratedRegex(@"(?<![\d-])\d{8}(?![\d-])")]
    private static partial Regex AccountNumber();

    [GeneratedRegex(@"\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b")]
    private static partial Regex Postcode();

    [GeneratedRegex(@"\d+[A-Za-z]?,?\s+(?:[A-Z][A-Za-z'-]+\s+)+(?:Road|Street|Avenue|Lane|Close|Drive|Way|Crescent|Gardens|Place|Court|Terrace|Grove|Row|Hill|Square|Mews|Walk|Park|Rise|View)\b")]
    private static partial Regex StreetLine();

    [GeneratedRegex(@"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\.?\s+[A-Z][a-z]+|\b(?:Name|Home address|Correspondence address|Attention|FAO|Witness)\s*:\s*\S")]
    private static partial Regex NamedPerson();

    [GeneratedRegex(@"^\s*(?:Signed|Executed)\b.*\b(?:by|for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SignatureStart();

    [GeneratedRegex(@"\bSigned by\s+(?<name>(?:Mr|Mrs|Ms|Miss|Dr)?\.?\s*[A-Z][a-z]+(?:\s+[A-Z][A-Za-z'-]+)+)")]
    private static partial Regex SignedByName();

    [GeneratedRegex(@"^\s*(?<label>Name|Full name|Print name|Name of signatory|Signatory|Witness name|Witness|Signature|Address|Witness address)\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex SignatureLabel();
}
