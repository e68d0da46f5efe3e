namespace Notices.Domain.Notices;

/// <summary>
/// The seventeen transparency notices of the Procurement Act 2023, numbered as Find a Tender numbers
/// them and as they appear in a published release's <c>documents[].noticeType</c>.
/// </summary>
public enum NoticeType
{
    UK1 = 1,
    UK2 = 2,
    UK3 = 3,
    UK4 = 4,
    UK5 = 5,
    UK6 = 6,
    UK7 = 7,
    UK8 = 8,
    UK9 = 9,
    UK10 = 10,
    UK11 = 11,
    UK12 = 12,
    UK13 = 13,
    UK14 = 14,
    UK15 = 15,
    UK16 = 16,
    UK17 = 17,
}
