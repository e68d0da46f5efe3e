namespace Notices.Api;

/// <summary>
/// The name of each API endpoint: its endpoint name here (and operation id in the OpenAPI document) and the name of
/// the HTTP function that serves it in the Function App, so the two are found by the same word.
/// </summary>
internal static class ApiFunctionNames
{
    public const string RegisterProcurement = nameof(RegisterProcurement);
    public const string AdoptProcurement = nameof(AdoptProcurement);
    public const string ListProcurements = nameof(ListProcurements);
    public const string GetProcurement = nameof(GetProcurement);
    public const string GetProcurementTimeline = nameof(GetProcurementTimeline);
    public const string RetryFailedWork = nameof(RetryFailedWork);
    public const string ListNotices = nameof(ListNotices);
    public const string GetNotice = nameof(GetNotice);
    public const string GetNoticeRelease = nameof(GetNoticeRelease);
    public const string DraftNotice = nameof(DraftNotice);
    public const string AmendNotice = nameof(AmendNotice);
    public const string SubmitNotice = nameof(SubmitNotice);
    public const string DecideNotice = nameof(DecideNotice);
    public const string ListPublishedNotices = nameof(ListPublishedNotices);
    public const string RecordAward = nameof(RecordAward);
    public const string RecordContractEntered = nameof(RecordContractEntered);
    public const string RecordContractChange = nameof(RecordContractChange);
    public const string RecordContractEnded = nameof(RecordContractEnded);
    public const string ListContracts = nameof(ListContracts);
    public const string ListApprovals = nameof(ListApprovals);
    public const string ListObligations = nameof(ListObligations);
    public const string ListContractCopies = nameof(ListContractCopies);
    public const string UploadContractCopy = nameof(UploadContractCopy);
    public const string GetRedactionSuggestions = nameof(GetRedactionSuggestions);
    public const string ChooseRedactions = nameof(ChooseRedactions);
    public const string SubmitContractCopy = nameof(SubmitContractCopy);
    public const string ReviewContractCopy = nameof(ReviewContractCopy);
    public const string DecideContractCopy = nameof(DecideContractCopy);
    public const string ListContractCopyApprovals = nameof(ListContractCopyApprovals);
    public const string GetPublishedContractCopy = nameof(GetPublishedContractCopy);
    public const string ExportContracts = nameof(ExportContracts);
    public const string ExportObligations = nameof(ExportObligations);
    public const string ExportPublishedNotices = nameof(ExportPublishedNotices);
    public const string Health = nameof(Health);
    public const string OpenApiDocument = nameof(OpenApiDocument);
}
