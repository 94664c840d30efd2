; torchsmt obligation ge.jvp_eq_dual@2x3_3 (lemma, op ge, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((2, 3), (3,)), off kinks
(set-info :source |torchsmt lemma ge.jvp_eq_dual@2x3_3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(assert
 (and (distinct x0_0_0 x1_0) true))
(assert
 (and (distinct x0_0_1 x1_1) true))
(assert
 (and (distinct x0_0_2 x1_2) true))
(assert
 (and (distinct x0_1_0 x1_0) true))
(assert
 (and (distinct x0_1_1 x1_1) true))
(assert
 (and (distinct x0_1_2 x1_2) true))
(assert
 (let (($x35 (= 0.0 (ite (>= x0_0_0 x1_0) 0.0 0.0))))
(not $x35)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(assert
 (and (distinct x0_0_0 x1_0) true))
(assert
 (and (distinct x0_0_1 x1_1) true))
(assert
 (and (distinct x0_0_2 x1_2) true))
(assert
 (and (distinct x0_1_0 x1_0) true))
(assert
 (and (distinct x0_1_1 x1_1) true))
(assert
 (and (distinct x0_1_2 x1_2) true))
(assert
 (let (($x34 (= 0.0 (ite (>= x0_0_1 x1_1) 0.0 0.0))))
(not $x34)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(assert
 (and (distinct x0_0_0 x1_0) true))
(assert
 (and (distinct x0_0_1 x1_1) true))
(assert
 (and (distinct x0_0_2 x1_2) true))
(assert
 (and (distinct x0_1_0 x1_0) true))
(assert
 (and (distinct x0_1_1 x1_1) true))
(assert
 (and (distinct x0_1_2 x1_2) true))
(assert
 (let (($x33 (= 0.0 (ite (>= x0_0_2 x1_2) 0.0 0.0))))
(not $x33)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(assert
 (and (distinct x0_0_0 x1_0) true))
(assert
 (and (distinct x0_0_1 x1_1) true))
(assert
 (and (distinct x0_0_2 x1_2) true))
(assert
 (and (distinct x0_1_0 x1_0) true))
(assert
 (and (distinct x0_1_1 x1_1) true))
(assert
 (and (distinct x0_1_2 x1_2) true))
(assert
 (let (($x32 (= 0.0 (ite (>= x0_1_0 x1_0) 0.0 0.0))))
(not $x32)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(assert
 (and (distinct x0_0_0 x1_0) true))
(assert
 (and (distinct x0_0_1 x1_1) true))
(assert
 (and (distinct x0_0_2 x1_2) true))
(assert
 (and (distinct x0_1_0 x1_0) true))
(assert
 (and (distinct x0_1_1 x1_1) true))
(assert
 (and (distinct x0_1_2 x1_2) true))
(assert
 (let (($x31 (= 0.0 (ite (>= x0_1_1 x1_1) 0.0 0.0))))
(not $x31)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(assert
 (and (distinct x0_0_0 x1_0) true))
(assert
 (and (distinct x0_0_1 x1_1) true))
(assert
 (and (distinct x0_0_2 x1_2) true))
(assert
 (and (distinct x0_1_0 x1_0) true))
(assert
 (and (distinct x0_1_1 x1_1) true))
(assert
 (and (distinct x0_1_2 x1_2) true))
(assert
 (let (($x30 (= 0.0 (ite (>= x0_1_2 x1_2) 0.0 0.0))))
(not $x30)))
(check-sat)
