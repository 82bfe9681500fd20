using Bunit;
using ClosedXML.Excel;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>导出 Excel: the workbook a department is handed reads as the table did, with numbers it can add up.</summary>
public sealed class SpreadsheetExportTests : BunitContext
{
    public SpreadsheetExportTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddBrowserDownloads();
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        // 01:00 UTC on 7 December is 09:00 in China: the file is named for China's day.
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 17, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void The_workbook_has_the_chinese_headers_bold_and_frozen_and_keeps_a_masked_id_number_as_text()
    {
        using var workbook = Open(Register().ToXlsx());
        var sheet = workbook.Worksheet(1);

        Assert.Equal("人员名册", sheet.Name);
        Assert.Equal(["工号", "姓名", "身份证号", "入职日期", "岗级工资", "评分"], sheet.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal("310***********123X", sheet.Cell(2, 3).GetString());
        // A staff number of digits keeps its leading zero: text stays text.
        Assert.Equal(XLDataType.Text, sheet.Cell(3, 1).DataType);
        Assert.Equal("0042", sheet.Cell(3, 1).GetString());
    }

    [Fact]
    public void Amounts_are_numbers_in_yuan_and_dates_are_dates_so_a_spreadsheet_can_add_and_sort_them()
    {
        using var workbook = Open(Register().ToXlsx());
        var sheet = workbook.Worksheet(1);

        Assert.Equal(XLDataType.Number, sheet.Cell(2, 5).DataType);
        Assert.Equal(2168.5, sheet.Cell(2, 5).GetDouble());
        Assert.Equal("#,##0.00", sheet.Cell(2, 5).Style.NumberFormat.Format);
        Assert.Equal(XLDataType.DateTime, sheet.Cell(2, 4).DataType);
        Assert.Equal(new DateTime(2016, 4, 1), sheet.Cell(2, 4).GetDateTime());
        Assert.Equal(96.5, sheet.Cell(2, 6).GetDouble());
        // What the service sent that is not a date stays what the page showed.
        Assert.Equal("待定", sheet.Cell(3, 4).GetString());
    }

    [Fact]
    public void The_button_hands_the_browser_the_workbook_named_for_what_it_is_and_the_day_in_china()
    {
        var button = Render<SpreadsheetExport>(parameters => parameters.Add(p => p.Sheet, () => Task.FromResult(Register())));

        button.Find("[data-test=export-excel]").Click();

        button.WaitForAssertion(() => Assert.Single(JSInterop.Handed()));
        var (name, content) = JSInterop.Handed()[0];
        Assert.Equal("人员名册-2026-12-07.xlsx", name);
        using var workbook = Open(content);
        Assert.Equal("陆娜", workbook.Worksheet(1).Cell(2, 2).GetString());
        Assert.Equal("导出 Excel", button.Find("[data-test=export-excel]").TextContent);
    }

    [Fact]
    public void A_read_refused_while_gathering_the_rows_is_said_beside_the_button_and_hands_over_nothing()
    {
        var button = Render<SpreadsheetExport>(parameters => parameters.Add(
            p => p.Sheet, () => Task.FromException<Spreadsheet>(new Google.Rpc.Status { Code = (int)StatusCode.PermissionDenied, Message = "forbidden" }.ToRpcException())));

        button.Find("[data-test=export-excel]").Click();

        button.WaitForAssertion(() => Assert.False(string.IsNullOrWhiteSpace(button.Find("[data-test=export-refusal]").TextContent)));
        Assert.Empty(JSInterop.Handed());
        Assert.False(button.Find("[data-test=export-excel]").HasAttribute("disabled"));
    }

    private static Spreadsheet Register() =>
        new Spreadsheet("人员名册", "工号", "姓名", "身份证号", "入职日期", "岗级工资", "评分")
            .Add("jiangpu-s036", "陆娜", "310***********123X", SpreadsheetCell.Date("2016-04-01"), SpreadsheetCell.Amount("2168.50"), SpreadsheetCell.Number("96.5"))
            .Add("0042", "曹军", "310***********4567", SpreadsheetCell.Date("待定"), SpreadsheetCell.Amount(1850m), SpreadsheetCell.Number("-"));

    private static XLWorkbook Open(byte[] content) => new(new MemoryStream(content));
}
