; torchsmt obligation exp.jvp_eq_dual@3 (lemma, op exp, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((3,),), off kinks
(set-info :source |torchsmt lemma exp.jvp_eq_dual@3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun v0_0 () Real)
(declare-fun ts_exp!0 () Real)
(assert
 (not (= (* v0_0 ts_exp!0) (* ts_exp!0 v0_0))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun v0_1 () Real)
(declare-fun ts_exp!0 () Real)
(assert
 (not (= (* v0_1 ts_exp!0) (* ts_exp!0 v0_1))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun v0_2 () Real)
(declare-fun ts_exp!0 () Real)
(assert
 (not (= (* v0_2 ts_exp!0) (* ts_exp!0 v0_2))))
(check-sat)
