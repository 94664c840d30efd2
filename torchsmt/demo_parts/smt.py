"""Demo: prove a few operator rules with Z3, refute a pitfall, check a user's VJP rule."""

from __future__ import annotations


def run(out, device: str = "cpu") -> None:
    from torchsmt.formal import check_vjp_rule, prove, select

    names = ["matmul.vjp_eq_jvp_transpose@3x3_3x3", "softmax.vjp_eq_jvp_transpose@3",
             "relu.crown_upper_ge_of_unstable", "relu.vjp_zero_at_zero",
             "sigmoid.ge_tangent_of_mem_Icc_neg1_0", "matmul.naive_vjp_eq_jvp_transpose_of_1d"]
    for ob in select(names):
        r = prove(ob)
        extra = f"  counterexample B = {r.counterexample.get('x1')}" if r.counterexample else ""
        out(f"   {r.status:8s} {r.seconds * 1000:6.0f} ms  {ob.name} ({ob.kind}){extra}")
    r = check_vjp_rule(lambda x: x * x * x, lambda x, g: 3 * x * x * g, shape=(3,))
    out(f"   user rule d(x^3) = 3x^2 g: {r.status}")
    r = check_vjp_rule(lambda x: x * x * x, lambda x, g: 2 * x * x * g, shape=(3,))
    out(f"   user rule d(x^3) = 2x^2 g: {r.status}, x = {r.counterexample['x0']}")
