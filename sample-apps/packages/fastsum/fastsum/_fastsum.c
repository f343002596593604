/* The C part of the fastsum sample library: add(a, b) for two integers that fit in a C long
 * long. It needs only the Python headers, so building it proves that a compiler and those
 * headers were present. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
fastsum_add(PyObject *self, PyObject *args)
{
    long long a;
    long long b;
    long long sum;

    if (!PyArg_ParseTuple(args, "LL:add", &a, &b)) {
        return NULL;
    }
    /* A GCC and Clang builtin: returns true when the sum does not fit in a long long. */
    if (__builtin_add_overflow(a, b, &sum)) {
        PyErr_SetString(PyExc_OverflowError, "add: the sum does not fit in a C long long");
        return NULL;
    }
    return PyLong_FromLongLong(sum);
}

static PyMethodDef fastsum_methods[] = {
    {"add", fastsum_add, METH_VARARGS, "add(a, b)\n--\n\nReturn a + b, computed in C."},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef fastsum_module = {
    PyModuleDef_HEAD_INIT,
    "fastsum._fastsum",
    "The C extension of the fastsum sample library.",
    -1,
    fastsum_methods
};

PyMODINIT_FUNC
PyInit__fastsum(void)
{
    return PyModule_Create(&fastsum_module);
}
