using OneWindow.Notification;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddNotification();

var app = builder.Build();
app.MapServiceDefaults();
app.MapNotification();
return await app.RunServiceAsync(args);

/// <summary>The entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
