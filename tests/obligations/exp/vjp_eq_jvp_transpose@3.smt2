; torchsmt obligation exp.vjp_eq_jvp_transpose@3 (lemma, op exp, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((3,),) params {}, off kinks
(set-info :source |torchsmt lemma exp.vjp_eq_jvp_transpose@3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun ts_exp!0 () Real)
(declare-fun w_0 () Real)
(assert
 (not (= (* w_0 ts_exp!0) (* w_0 ts_exp!0))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun ts_exp!0 () Real)
(declare-fun w_1 () Real)
(assert
 (not (= (* w_1 ts_exp!0) (* w_1 ts_exp!0))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun ts_exp!0 () Real)
(declare-fun w_2 () Real)
(assert
 (not (= (* w_2 ts_exp!0) (* w_2 ts_exp!0))))
(check-sat)
