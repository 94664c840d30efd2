; torchsmt obligation ge.jvp_eq_dual@0d_2x2 (lemma, op ge, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((), (2, 2)), off kinks
(set-info :source |torchsmt lemma ge.jvp_eq_dual@0d_2x2 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_1_0 () Real)
(declare-fun x1_1_1 () Real)
(assert
 (and (distinct x0 x1_0_0) true))
(assert
 (and (distinct x0 x1_0_1) true))
(assert
 (and (distinct x0 x1_1_0) true))
(assert
 (and (distinct x0 x1_1_1) true))
(assert
 (let (($x23 (= 0.0 (ite (>= x0 x1_0_0) 0.0 0.0))))
(not $x23)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_1_0 () Real)
(declare-fun x1_1_1 () Real)
(assert
 (and (distinct x0 x1_0_0) true))
(assert
 (and (distinct x0 x1_0_1) true))
(assert
 (and (distinct x0 x1_1_0) true))
(assert
 (and (distinct x0 x1_1_1) true))
(assert
 (let (($x22 (= 0.0 (ite (>= x0 x1_0_1) 0.0 0.0))))
(not $x22)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_1_0 () Real)
(declare-fun x1_1_1 () Real)
(assert
 (and (distinct x0 x1_0_0) true))
(assert
 (and (distinct x0 x1_0_1) true))
(assert
 (and (distinct x0 x1_1_0) true))
(assert
 (and (distinct x0 x1_1_1) true))
(assert
 (let (($x21 (= 0.0 (ite (>= x0 x1_1_0) 0.0 0.0))))
(not $x21)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_1_0 () Real)
(declare-fun x1_1_1 () Real)
(assert
 (and (distinct x0 x1_0_0) true))
(assert
 (and (distinct x0 x1_0_1) true))
(assert
 (and (distinct x0 x1_1_0) true))
(assert
 (and (distinct x0 x1_1_1) true))
(assert
 (let (($x20 (= 0.0 (ite (>= x0 x1_1_1) 0.0 0.0))))
(not $x20)))
(check-sat)
