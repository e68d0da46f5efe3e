namespace Notices.Redaction;

/// <summary>Why a contract file was refused.</summary>
public enum RefusalReason
{
    Empty = 1,
    TooLarge = 2,
    TypeMismatch = 3,
    Unsupported = 4,
    Encrypted = 5,
    NoTextLayer = 6,
    UndecodableText = 7,
    UncheckableContent = 8,
    Damaged = 9,
    InvalidRedaction = 10,
}

/// <summary>
/// A contract file that cannot be accepted or redacted safely. The message says what was found and
/// what to upload instead; nothing has been changed or stored when it is thrown.
/// </summary>
public sealed class ContractFileRefusedException : Exception
{
    public ContractFileRefusedException(RefusalReason reason, string message) : base(message) => Reason = reason;

    public ContractFileRefusedException(RefusalReason reason, string message, Exception inner) : base(message, inner) => Reason = reason;

    public ContractFileRefusedException() : this(RefusalReason.Unsupported, "The contract file was refused.") { }

    public ContractFileRefusedException(string message) : this(RefusalReason.Unsupported, message) { }

    public ContractFileRefusedException(string message, Exception inner) : this(RefusalReason.Unsupported, message, inner) { }

    public RefusalReason Reason { get; }
}
