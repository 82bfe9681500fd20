using OneWindow.Review;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddReview();

var app = builder.Build();
app.MapServiceDefaults();
app.MapReview();
return await app.RunServiceAsync(args);

/// <summary>The entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
