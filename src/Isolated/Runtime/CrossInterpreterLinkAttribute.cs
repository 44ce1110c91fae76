namespace Isolated.Runtime;

/// <summary>
/// Marks a field that may refer to another interpreter's state by design, for as long as an
/// operation between the two runs (a thread of one interpreter inside another's exec()/call()).
/// The object-graph walk (<see cref="ObjectGraph"/>: the isolation checker, the gc module) does not
/// follow such a field: what it reaches belongs to the other interpreter's graph.
/// </summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class CrossInterpreterLinkAttribute : Attribute
{
}
