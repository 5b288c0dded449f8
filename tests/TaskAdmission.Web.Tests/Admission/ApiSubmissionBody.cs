using System.Text.Json.Nodes;
using TaskAdmission.Core.Common;

namespace TaskAdmission.Web.Tests.Admission;

/// <summary>A valid submission for the department API (a listed, funded task for one township), starting in 80 days.</summary>
internal static class ApiSubmissionBody
{
    public static JsonObject For(string department = "CITY-MZ")
    {
        var start = ChinaClock.System.Today.AddDays(80);
        return JsonNode.Parse($$"""
        {
          "departmentCode": "{{department}}",
          "title": "农村留守老人关爱走访",
          "description": "请各村每季度入户走访独居和留守老人,填写关爱服务记录。",
          "claimedItemCodes": ["XZ-04"],
          "targetOrgUnitCodes": ["990100100000"],
          "startDate": "{{start:yyyy-MM-dd}}",
          "endDate": "{{start.AddDays(300):yyyy-MM-dd}}",
          "demands": [{ "kind": "FieldWork", "count": 1, "period": "Quarter" }],
          "support": { "fundingYuanPerVillage": 2000 },
          "contactName": "王芳",
          "contactPhone": "023-12345678"
        }
        """)!.AsObject();
    }
}
