using ResumeLens.Bench;

// Each suite is a named entry point: `dotnet run -c Release --project bench/ResumeLens.Bench -- <suite> [args]`.
var suites = Suites.All();
if (args.Length == 0 || !suites.TryGetValue(args[0], out var suite))
{
    Console.Error.WriteLine("usage: ResumeLens.Bench <suite> [args]");
    Console.Error.WriteLine("suites:");
    foreach (var (name, s) in suites.OrderBy(s => s.Key, StringComparer.Ordinal))
    {
        Console.Error.WriteLine($"  {name,-18} {s.Description}");
    }
    return args.Length == 0 ? 0 : 2;
}
return await suite.Run(args[1..]);
