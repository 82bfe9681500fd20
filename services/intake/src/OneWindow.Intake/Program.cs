using OneWindow.Intake;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddIntake();

var app = builder.Build();
app.MapServiceDefaults();
app.MapIntake();
return await app.RunServiceAsync(args);

/// <summary>The entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
