// Benchmarks come with issue 7; this project exists so the layout and the build are in place.
Console.WriteLine("sitrep bench: no benchmarks yet");
