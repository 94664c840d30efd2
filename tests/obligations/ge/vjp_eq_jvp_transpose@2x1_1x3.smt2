; torchsmt obligation ge.vjp_eq_jvp_transpose@2x1_1x3 (lemma, op ge, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((2, 1), (1, 3)) params {}, off kinks
(set-info :source |torchsmt lemma ge.vjp_eq_jvp_transpose@2x1_1x3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun x0_1_0 () Real)
(assert
 (and (distinct x0_0_0 x1_0_0) true))
(assert
 (and (distinct x0_0_0 x1_0_1) true))
(assert
 (and (distinct x0_0_0 x1_0_2) true))
(assert
 (and (distinct x0_1_0 x1_0_0) true))
(assert
 (and (distinct x0_1_0 x1_0_1) true))
(assert
 (and (distinct x0_1_0 x1_0_2) true))
(assert
 (let (($x63 (= 0.0 0.0)))
(not $x63)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun x0_1_0 () Real)
(assert
 (and (distinct x0_0_0 x1_0_0) true))
(assert
 (and (distinct x0_0_0 x1_0_1) true))
(assert
 (and (distinct x0_0_0 x1_0_2) true))
(assert
 (and (distinct x0_1_0 x1_0_0) true))
(assert
 (and (distinct x0_1_0 x1_0_1) true))
(assert
 (and (distinct x0_1_0 x1_0_2) true))
(assert
 (let (($x63 (= 0.0 0.0)))
(not $x63)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun x0_1_0 () Real)
(assert
 (and (distinct x0_0_0 x1_0_0) true))
(assert
 (and (distinct x0_0_0 x1_0_1) true))
(assert
 (and (distinct x0_0_0 x1_0_2) true))
(assert
 (and (distinct x0_1_0 x1_0_0) true))
(assert
 (and (distinct x0_1_0 x1_0_1) true))
(assert
 (and (distinct x0_1_0 x1_0_2) true))
(assert
 (let (($x63 (= 0.0 0.0)))
(not $x63)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun x0_1_0 () Real)
(assert
 (and (distinct x0_0_0 x1_0_0) true))
(assert
 (and (distinct x0_0_0 x1_0_1) true))
(assert
 (and (distinct x0_0_0 x1_0_2) true))
(assert
 (and (distinct x0_1_0 x1_0_0) true))
(assert
 (and (distinct x0_1_0 x1_0_1) true))
(assert
 (and (distinct x0_1_0 x1_0_2) true))
(assert
 (let (($x63 (= 0.0 0.0)))
(not $x63)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun x0_1_0 () Real)
(assert
 (and (distinct x0_0_0 x1_0_0) true))
(assert
 (and (distinct x0_0_0 x1_0_1) true))
(assert
 (and (distinct x0_0_0 x1_0_2) true))
(assert
 (and (distinct x0_1_0 x1_0_0) true))
(assert
 (and (distinct x0_1_0 x1_0_1) true))
(assert
 (and (distinct x0_1_0 x1_0_2) true))
(assert
 (let (($x63 (= 0.0 0.0)))
(not $x63)))
(check-sat)
