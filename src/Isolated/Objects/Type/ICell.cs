namespace Isolated.Objects;

/// <summary>A closure cell as the object model sees it: the class statement passes the
/// <c>__class__</c> cell in the namespace as <c>__classcell__</c> and type.__new__ fills it.
/// The VM's cell object implements this.</summary>
public interface ICell
{
    PyObject? CellContents { get; set; }
}
