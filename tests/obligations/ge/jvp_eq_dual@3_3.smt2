; torchsmt obligation ge.jvp_eq_dual@3_3 (lemma, op ge, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((3,), (3,)), off kinks
(set-info :source |torchsmt lemma ge.jvp_eq_dual@3_3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_2 () Real)
(assert
 (and (distinct x0_0 x1_0) true))
(assert
 (and (distinct x0_1 x1_1) true))
(assert
 (and (distinct x0_2 x1_2) true))
(assert
 (let (($x23 (= 0.0 (ite (>= x0_0 x1_0) 0.0 0.0))))
(not $x23)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_2 () Real)
(assert
 (and (distinct x0_0 x1_0) true))
(assert
 (and (distinct x0_1 x1_1) true))
(assert
 (and (distinct x0_2 x1_2) true))
(assert
 (let (($x22 (= 0.0 (ite (>= x0_1 x1_1) 0.0 0.0))))
(not $x22)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_2 () Real)
(assert
 (and (distinct x0_0 x1_0) true))
(assert
 (and (distinct x0_1 x1_1) true))
(assert
 (and (distinct x0_2 x1_2) true))
(assert
 (let (($x21 (= 0.0 (ite (>= x0_2 x1_2) 0.0 0.0))))
(not $x21)))
(check-sat)
