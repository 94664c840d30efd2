; torchsmt obligation log.vjp_eq_jvp_transpose@3 (lemma, op log, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((3,),) params {}, off kinks
(set-info :source |torchsmt lemma log.vjp_eq_jvp_transpose@3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun w_0 () Real)
(declare-fun w_2 () Real)
(declare-fun w_1 () Real)
(assert
 (let (($x14 (and (distinct x0_0 0.0) true)))
 (=> $x14 (= (* div!1 x0_0) 1.0))))
(assert
 (let (($x22 (and (distinct x0_1 0.0) true)))
 (=> $x22 (= (* div!2 x0_1) 0.0))))
(assert
 (let (($x30 (and (distinct x0_2 0.0) true)))
 (=> $x30 (= (* div!3 x0_2) 0.0))))
(assert
 (let (($x14 (and (distinct x0_0 0.0) true)))
 (=> $x14 (= 1.0 (* div!4 x0_0)))))
(assert
 (let (($x22 (and (distinct x0_1 0.0) true)))
 (=> $x22 (= 1.0 (* div!5 x0_1)))))
(assert
 (let (($x30 (and (distinct x0_2 0.0) true)))
 (=> $x30 (= 1.0 (* div!6 x0_2)))))
(assert
 (> x0_0 0.0))
(assert
 (and (distinct x0_0 0.0) true))
(assert
 (> x0_1 0.0))
(assert
 (and (distinct x0_1 0.0) true))
(assert
 (> x0_2 0.0))
(assert
 (and (distinct x0_2 0.0) true))
(assert
 (and (distinct x0_0 0.0) true))
(assert
 (and (distinct x0_1 0.0) true))
(assert
 (and (distinct x0_2 0.0) true))
(assert
 (let ((?x55 (* w_0 div!4)))
(let ((?x70 (* div!3 w_2)))
(let ((?x69 (* div!2 w_1)))
(let ((?x68 (* div!1 w_0)))
(let ((?x71 (+ ?x68 ?x69 ?x70)))
(let (($x72 (= ?x71 ?x55)))
(not $x72))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun w_1 () Real)
(declare-fun w_2 () Real)
(declare-fun w_0 () Real)
(assert
 (let (($x14 (and (distinct x0_0 0.0) true)))
 (=> $x14 (= (* div!1 x0_0) 0.0))))
(assert
 (let (($x22 (and (distinct x0_1 0.0) true)))
 (=> $x22 (= (* div!2 x0_1) 1.0))))
(assert
 (let (($x30 (and (distinct x0_2 0.0) true)))
 (=> $x30 (= (* div!3 x0_2) 0.0))))
(assert
 (let (($x14 (and (distinct x0_0 0.0) true)))
 (=> $x14 (= 1.0 (* div!4 x0_0)))))
(assert
 (let (($x22 (and (distinct x0_1 0.0) true)))
 (=> $x22 (= 1.0 (* div!5 x0_1)))))
(assert
 (let (($x30 (and (distinct x0_2 0.0) true)))
 (=> $x30 (= 1.0 (* div!6 x0_2)))))
(assert
 (> x0_0 0.0))
(assert
 (and (distinct x0_0 0.0) true))
(assert
 (> x0_1 0.0))
(assert
 (and (distinct x0_1 0.0) true))
(assert
 (> x0_2 0.0))
(assert
 (and (distinct x0_2 0.0) true))
(assert
 (and (distinct x0_0 0.0) true))
(assert
 (and (distinct x0_1 0.0) true))
(assert
 (and (distinct x0_2 0.0) true))
(assert
 (let ((?x56 (* w_1 div!5)))
(let ((?x70 (* div!3 w_2)))
(let ((?x69 (* div!2 w_1)))
(let ((?x68 (* div!1 w_0)))
(let ((?x71 (+ ?x68 ?x69 ?x70)))
(let (($x79 (= ?x71 ?x56)))
(not $x79))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun w_2 () Real)
(declare-fun w_1 () Real)
(declare-fun w_0 () Real)
(assert
 (let (($x14 (and (distinct x0_0 0.0) true)))
 (=> $x14 (= (* div!1 x0_0) 0.0))))
(assert
 (let (($x22 (and (distinct x0_1 0.0) true)))
 (=> $x22 (= (* div!2 x0_1) 0.0))))
(assert
 (let (($x30 (and (distinct x0_2 0.0) true)))
 (=> $x30 (= (* div!3 x0_2) 1.0))))
(assert
 (let (($x14 (and (distinct x0_0 0.0) true)))
 (=> $x14 (= 1.0 (* div!4 x0_0)))))
(assert
 (let (($x22 (and (distinct x0_1 0.0) true)))
 (=> $x22 (= 1.0 (* div!5 x0_1)))))
(assert
 (let (($x30 (and (distinct x0_2 0.0) true)))
 (=> $x30 (= 1.0 (* div!6 x0_2)))))
(assert
 (> x0_0 0.0))
(assert
 (and (distinct x0_0 0.0) true))
(assert
 (> x0_1 0.0))
(assert
 (and (distinct x0_1 0.0) true))
(assert
 (> x0_2 0.0))
(assert
 (and (distinct x0_2 0.0) true))
(assert
 (and (distinct x0_0 0.0) true))
(assert
 (and (distinct x0_1 0.0) true))
(assert
 (and (distinct x0_2 0.0) true))
(assert
 (let ((?x57 (* w_2 div!6)))
(let ((?x70 (* div!3 w_2)))
(let ((?x69 (* div!2 w_1)))
(let ((?x68 (* div!1 w_0)))
(let ((?x71 (+ ?x68 ?x69 ?x70)))
(let (($x84 (= ?x71 ?x57)))
(not $x84))))))))
(check-sat)
