"""Documents of the assemblée générale: convocations, attendance sheet, PV, register, extract."""
