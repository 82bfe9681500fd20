using OneWindow.HrPayroll;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddHrPayroll();

var app = builder.Build();
app.MapServiceDefaults();
app.MapHrPayroll();
return await app.RunServiceAsync(args);

/// <summary>The entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
