"""torchsmt.bounds: interval bound propagation, CROWN, alpha-CROWN and certificates.

``ibp``, ``crown``, ``alpha_crown`` return a BoundResult (``.lower``, ``.upper``, ``.bounds``);
``certify`` returns a Certificate (``.to_json()``) that ``torchsmt.formal.check_certificate``
re-checks without this package.
"""

if __name__ != "torchsmt.bounds":  # refuse the bare-folder import from the repo root
    raise ImportError("import torchsmt.bounds, not the bare folder 'bounds'")

from .api import BoundResult, alpha_crown, crown, ibp  # noqa: E402

__all__ = ["BoundResult", "Certificate", "alpha_crown", "certify", "crown", "ibp"]


def __getattr__(name):  # certificate code loads on first use
    if name in ("certify", "Certificate"):
        from . import certificate

        return getattr(certificate, name)
    raise AttributeError(name)
